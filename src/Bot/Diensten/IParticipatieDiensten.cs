namespace Participatie.Bot.Diensten;

/// <summary>
/// Everything the bot needs from the Participatie domain. The Host implements it (database, rules, workflows);
/// tests use a fake. Texts that come back (reasons, step names) must already be in the requested language.
/// </summary>
public interface IParticipatieDiensten
{
    /// <summary>The kinds of help residents can ask for, in the order the intake offers them.</summary>
    IReadOnlyList<Hulpsoort> Hulpsoorten { get; }

    /// <summary>Buurten matching a postcode ("1234 AB") or a (part of a) buurt name; empty when nothing matches. Best match first.</summary>
    Task<IReadOnlyList<BuurtKandidaat>> ZoekBuurtenAsync(string postcodeOfNaam, CancellationToken cancellationToken);

    /// <summary>Stores the initiative from the intake answers, starts its routing, and returns its reference number (e.g. "INI-2026-0042").</summary>
    Task<InitiatiefAangemaakt> StartInitiatiefAsync(IntakeAanvraag aanvraag, CancellationToken cancellationToken);

    /// <summary>Which answers the support (<c>ondersteuning</c>) rules use, so the bot asks only those.</summary>
    Task<IReadOnlyCollection<OndersteuningsGegeven>> BenodigdeGegevensAsync(CancellationToken cancellationToken);

    /// <summary>Evaluates the support rules for loose answers or for an existing initiative.</summary>
    Task<OndersteuningsAdvies> BeoordeelOndersteuningAsync(OndersteuningsVraag vraag, CancellationToken cancellationToken);

    /// <summary>Initiatives by reference number and/or started by this user or in this conversation, with their current step.</summary>
    Task<IReadOnlyList<InitiatiefOverzicht>> ZoekInitiatievenAsync(InitiatiefZoekvraag vraag, CancellationToken cancellationToken);

    /// <summary>Withdraws an initiative the resident started in this conversation: its handling stops.</summary>
    Task<IntrekResultaat> TrekInitiatiefInAsync(IntrekVerzoek verzoek, CancellationToken cancellationToken);
}
