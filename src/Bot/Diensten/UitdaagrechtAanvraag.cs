namespace Participatie.Bot.Diensten;

/// <summary>The answers of the uitdaagrecht dialog.</summary>
public sealed record UitdaagrechtAanvraag(
    string Taak, string? BuurtCode, string? Locatie, string Organisatievorm, int AantalLeden, decimal? VerwachteKosten,
    string? ContactNaam, string? ContactEmail, string? ContactTelefoon, string? UserId, string? ConversationId);
