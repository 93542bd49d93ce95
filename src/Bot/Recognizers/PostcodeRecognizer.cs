using System.Text.RegularExpressions;

namespace Participatie.Bot.Recognizers;

/// <summary>Recognises a Dutch postcode ("1234 AB", "1234ab", "1234-AB") and writes it as "1234 AB".</summary>
public static partial class PostcodeRecognizer
{
    public static bool TryRecognize(string? text, out string postcode)
    {
        postcode = string.Empty;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 4000)
        {
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var letters = match.Groups["letters"].Value.ToUpperInvariant();
        if (letters is "SA" or "SD" or "SS")
        {
            // Never issued by PostNL.
            return false;
        }

        postcode = $"{match.Groups["digits"].Value} {letters}";
        return true;
    }

    [GeneratedRegex(@"(?<![\p{L}\d])(?<digits>[1-9]\d{3})\s?-?\s?(?<letters>[a-zA-Z]{2})(?![\p{L}\d])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Pattern();
}
