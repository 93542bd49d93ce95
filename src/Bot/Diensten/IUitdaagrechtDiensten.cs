namespace Participatie.Bot.Diensten;

/// <summary>
/// What the bot needs for the uitdaagrecht (residents take over a municipal task). Optional: a host without it
/// answers the uitdaagrecht intent with a pointer to the municipality.
/// </summary>
public interface IUitdaagrechtDiensten
{
    /// <summary>Registers the request and starts its handling; the residents hear about admissibility in the chat.</summary>
    Task<UitdaagrechtIngediend> DienUitdaagrechtInAsync(UitdaagrechtAanvraag aanvraag, CancellationToken cancellationToken);

    /// <summary>Requests started by this user or in this conversation, with their current step in the language asked.</summary>
    Task<IReadOnlyList<UitdaagrechtOverzicht>> ZoekUitdaagrechtAsync(string? userId, string? conversationId, string taal, CancellationToken cancellationToken);
}
