using System.Globalization;
using System.Text.RegularExpressions;

namespace Participatie.Bot.Buurtbudget;

/// <summary>
/// Reads points typed in the chat: "3 punten voor project 2", "3 voor 2", "project 2: 3", "2 = 3", several at once
/// ("3 voor 1 en 2 voor 4"), Dutch or English ("3 points for project 2"); "klaar"/"done" ends the ballot, "wissen"/"clear"
/// clears it ("opnieuw" and "reset" restart the whole conversation, as everywhere in the chat). Numbers are read as typed (also negative or with decimals) so the dialog can say what is wrong with them.
/// </summary>
public static partial class BuurtbudgetPuntenTekst
{
    public readonly record struct Toekenning(string Project, decimal Punten);

    public static bool IsKlaar(string? tekst) => tekst?.Trim().TrimEnd('.', '!').ToLowerInvariant() is "klaar" or "done" or "ready" or "finished" or "stemmen" or "vote";

    public static bool IsOpnieuw(string? tekst) => tekst?.Trim().TrimEnd('.', '!').ToLowerInvariant() is "wissen" or "wis" or "alles wissen" or "punten wissen" or "clear" or "clear points";

    /// <summary>The assignments in the text, or an empty list when no part of it reads as one.</summary>
    public static IReadOnlyList<Toekenning> Lees(string? tekst)
    {
        var uitkomst = new List<Toekenning>();
        foreach (var deel in Delen().Split(tekst ?? string.Empty))
        {
            var stuk = deel.Trim();
            if (stuk.Length == 0)
            {
                continue;
            }

            if (PuntenVoorProject().Match(stuk) is { Success: true } a)
            {
                uitkomst.Add(new(a.Groups["project"].Value, Getal(a.Groups["punten"].Value)));
            }
            else if (ProjectDanPunten().Match(stuk) is { Success: true } b)
            {
                uitkomst.Add(new(b.Groups["project"].Value, Getal(b.Groups["punten"].Value)));
            }
        }

        return uitkomst;
    }

    private static decimal Getal(string tekst) => decimal.Parse(tekst.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    // Parts: ";", new lines, ", " (a comma with a space: "2,5" stays one number), " en ", " and ".
    [GeneratedRegex(@";|\n|,\s+|\s+en\s+|\s+and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Delen();

    // "3 punten voor project 2", "3 voor 2", "3 points for project 2", "-1 punt op 4"
    [GeneratedRegex(@"^(?<punten>-?\d+(?:[.,]\d+)?)\s*(?:punten|punt|points|point|pt)?\s*(?:voor|op|aan|naar|for|to|on)\s*(?:project|nummer|nr\.?|number)?\s*(?<project>\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PuntenVoorProject();

    // "project 2: 3", "2 = 3", "project 2 krijgt 3 punten", "project 2 gets 3 points", "project 2 3 punten"
    [GeneratedRegex(@"^(?:project|nummer|nr\.?|number)?\s*(?<project>\d+)(?:\s*(?::|=|krijgt|gets|->)\s*|\s+)(?<punten>-?\d+(?:[.,]\d+)?)\s*(?:punten|punt|points|point|pt)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ProjectDanPunten();
}
