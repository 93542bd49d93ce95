namespace Participatie.Bot.Diensten;

/// <summary>
/// The answers of a registration in the chat; the same fields as the page's form, and the conversation they were given
/// in (its transcript repeats them, so the Host erases it with the registration's personal data).
/// </summary>
public sealed record BurgerberaadAanmeldVerzoek(
    int BeraadId,
    string Code,
    string Naam,
    string? Email,
    string? Telefoon,
    IReadOnlyDictionary<string, string> Antwoorden,
    string? Beschikbaarheid,
    string? ConversationId = null);
