using Participatie.Bot.Schema;

namespace Participatie.Bot.Diensten;

/// <summary>
/// The confirmed answers of the intake. <see cref="ZelfUitvoeren"/> false means the residents want the
/// municipality to take it up as a regular request. <see cref="Gesprek"/> lets the Host send proactive
/// messages about this initiative into the conversation later. <see cref="Idempotentiesleutel"/> is the same
/// for every confirmation of one intake (e.g. a retry after a failed turn): return the same initiative for it.
/// <see cref="Hulp"/> holds the codes of the <see cref="Hulpsoort"/>s asked for.
/// </summary>
public sealed record IntakeAanvraag(
    string Idee,
    string Titel,
    string BuurtCode,
    string BuurtNaam,
    string? Postcode,
    string VoorWie,
    string MetWie,
    int AantalBuurtgenoten,
    IReadOnlyList<string> Hulp,
    bool ZelfUitvoeren,
    decimal? Begroting,
    IReadOnlyList<EigenBijdrageSoort> EigenBijdrage,
    decimal? EigenBijdrageBedrag,
    DateOnly Startdatum,
    string Naam,
    string? Email,
    string? Telefoon,
    string Taal,
    ConversationReference Gesprek,
    DateTimeOffset IngediendOp,
    string Idempotentiesleutel);
