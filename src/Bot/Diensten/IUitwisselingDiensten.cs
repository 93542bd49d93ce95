namespace Participatie.Bot.Diensten;

/// <summary>
/// Exchange between initiatives: similar initiatives in other wijken (explained), putting two initiators in touch
/// only with both consents, and opting out of invitations. Optional for a host.
/// </summary>
public interface IUitwisselingDiensten
{
    /// <summary>Similar initiatives in other wijken for the newest initiative started in this conversation; best first.</summary>
    Task<VergelijkbaarAntwoord> ZoekVergelijkbaarAsync(string? conversationId, string taal, CancellationToken cancellationToken);

    /// <summary>The initiator of <paramref name="vanReferentie"/> (this conversation) consents and asks the other initiator.</summary>
    Task<ContactAanvraagResultaat> VraagContactAanAsync(string? conversationId, string vanReferentie, string naarReferentie, CancellationToken cancellationToken);

    /// <summary>The other initiator answers in their own conversation. Contact details are shared only after both said yes.</summary>
    Task<ContactAntwoordResultaat> BeantwoordContactAsync(string? conversationId, int verzoekId, bool ja, CancellationToken cancellationToken);

    /// <summary>Either initiator withdraws consent; no details are shared from then on.</summary>
    Task<bool> TrekContactToestemmingInAsync(string? conversationId, int verzoekId, CancellationToken cancellationToken);

    /// <summary>Opts the initiatives of this conversation out of (or back into) exchange invitations and contact requests. Returns how many.</summary>
    Task<int> ZetUitwisselingAsync(string? conversationId, bool meedoen, CancellationToken cancellationToken);
}
