using System.Globalization;
using System.Text.RegularExpressions;

namespace Participatie.Bot.Recognizers;

/// <summary>Recognises an initiative reference number such as "INI-2026-0042" (also "ini 2026 42").</summary>
public static partial class ReferenceRecognizer
{
    public static bool TryRecognize(string? text, out string reference)
    {
        reference = string.Empty;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 4000)
        {
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var number = int.Parse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        reference = string.Create(CultureInfo.InvariantCulture, $"INI-{match.Groups["year"].Value}-{number:D4}");
        return true;
    }

    [GeneratedRegex(@"\bINI\s*[-‐–]?\s*(?<year>20\d{2})\s*[-‐–]?\s*(?<number>\d{1,6})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Pattern();
}
