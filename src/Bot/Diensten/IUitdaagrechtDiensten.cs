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

/// <summary>The answers of the uitdaagrecht dialog.</summary>
public sealed record UitdaagrechtAanvraag(
    string Taak, string? BuurtCode, string? Locatie, string Organisatievorm, int AantalLeden, decimal? VerwachteKosten,
    string? ContactNaam, string? ContactEmail, string? ContactTelefoon, string? UserId, string? ConversationId);

public sealed record UitdaagrechtIngediend(string Referentie);

public sealed record UitdaagrechtOverzicht(string Referentie, string Taak, string HuidigeStap, DateTime LaatstGewijzigd, IReadOnlyList<string> Redenen, DateTime? BesluitUiterlijk);
