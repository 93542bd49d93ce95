namespace Participatie.Bot.Diensten;

/// <summary>The answers of a registration in the chat; the same fields as the page's form.</summary>
public sealed record BurgerberaadAanmeldVerzoek(
    int BeraadId,
    string Code,
    string Naam,
    string? Email,
    string? Telefoon,
    IReadOnlyDictionary<string, string> Antwoorden,
    string? Beschikbaarheid);
