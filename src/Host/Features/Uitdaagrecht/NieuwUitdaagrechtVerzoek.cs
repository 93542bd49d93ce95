namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>What residents tell in the chat (or staff record) to invoke the uitdaagrecht.</summary>
public sealed record NieuwUitdaagrechtVerzoek(
    string Taak,
    string? BuurtCode,
    string? Locatie,
    string Organisatievorm,
    string? GroepNaam,
    int AantalLeden,
    decimal? VerwachteKosten,
    string? ContactNaam,
    string? ContactEmail,
    string? ContactTelefoon,
    string? ConversationId,
    string? UserId);
