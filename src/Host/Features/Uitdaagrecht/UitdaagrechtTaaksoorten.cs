namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>
/// The municipal tasks residents can challenge, with the words they use for them and whether the municipality has a
/// budget line for the task (then the budget to transfer can be known even when the residents do not estimate it).
/// </summary>
public static class UitdaagrechtTaaksoorten
{
    public sealed record Taaksoort(string Code, string Naam, string NaamEngels, bool HeeftBudgetpost, IReadOnlyList<string> Woorden);

    public static IReadOnlyList<Taaksoort> Alle { get; } =
    [
        new("groenonderhoud", "groenonderhoud", "maintenance of green spaces", true,
            ["groen", "groenonderhoud", "plantsoen", "plantsoenen", "gras", "maaien", "snoeien", "bomen", "perk", "perken", "park", "bloembakken", "green", "park", "mowing", "planting"]),
        new("schoonhouden", "schoonhouden van de buurt", "keeping the neighbourhood clean", true,
            ["schoon", "schoonhouden", "zwerfafval", "vegen", "afval", "prullenbakken", "litter", "cleaning", "sweeping"]),
        new("speelvoorziening", "beheer van een speelplek", "managing a playground", true,
            ["speeltuin", "speelplek", "speelplaats", "speelveld", "trapveld", "playground"]),
        new("buurthuisbeheer", "beheer van een buurthuis", "running a community centre", true,
            ["buurthuis", "wijkcentrum", "ontmoetingsruimte", "dorpshuis", "community"]),
        new("sportvoorziening", "beheer van een sportvoorziening", "running a sports facility", false,
            ["sportveld", "sporthal", "zwembad", "sportpark", "sports"]),
        new("vervoer", "buurtvervoer", "neighbourhood transport", false,
            ["buurtbus", "vervoer", "boodschappendienst", "transport"]),
    ];

    /// <summary>The kind of task the text describes, or null when it names none of the municipality's tasks.</summary>
    public static Taaksoort? Herken(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return null;
        }

        var woorden = tekst.ToLowerInvariant()
            .Split([' ', ',', '.', '!', '?', ';', ':', '-', '/', '(', ')', '\'', '"'], StringSplitOptions.RemoveEmptyEntries);
        return Alle
            .Select(s => (Soort: s, Treffers: woorden.Count(w => s.Woorden.Any(k => w == k || (k.Length >= 5 && w.StartsWith(k, StringComparison.Ordinal))))))
            .Where(x => x.Treffers > 0)
            .OrderByDescending(x => x.Treffers)
            .Select(x => x.Soort)
            .FirstOrDefault();
    }

    public static Taaksoort? Zoek(string? code) => Alle.FirstOrDefault(s => s.Code == code);
}
