using System.Text.RegularExpressions;

namespace Participatie.Bot.Recognizers;

/// <summary>
/// Finds the code printed on a letter (burgerberaad registration): twelve characters from an alphabet without
/// look-alikes, printed as <c>ABCD-EFGH-JK23</c>. Spaces, dashes and case do not matter.
/// </summary>
public static partial class BriefcodeRecognizer
{
    private const string Alfabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>
    /// In a sentence only a grouped code (4-4-4) or a twelve-character word with a digit counts, so that words such
    /// as "burgerberaad" (twelve letters, all in the alphabet) are not taken for a code. An answer to "what is the
    /// code?" (<paramref name="alleenCode"/>) may also be the twelve characters alone.
    /// </summary>
    public static bool TryRecognize(string? text, bool alleenCode, out string code)
    {
        code = string.Empty;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 4000)
        {
            return false;
        }

        foreach (Match match in Gegroepeerd().Matches(text))
        {
            if (Geldig(Normaliseer(match.Groups[1].Value)) is { } gevonden)
            {
                code = gevonden;
                return true;
            }
        }

        foreach (Match match in Woord().Matches(text))
        {
            if (Geldig(Normaliseer(match.Value)) is { } gevonden && (alleenCode || gevonden.Any(char.IsAsciiDigit)))
            {
                code = gevonden;
                return true;
            }
        }

        if (alleenCode && Geldig(Normaliseer(text)) is { } geheel)
        {
            code = geheel;
            return true;
        }

        return false;
    }

    private static string Normaliseer(string tekst) =>
        new(tekst.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    private static string? Geldig(string genormaliseerd) =>
        genormaliseerd.Length == 12 && genormaliseerd.All(Alfabet.Contains)
            ? $"{genormaliseerd[..4]}-{genormaliseerd[4..8]}-{genormaliseerd[8..]}"
            : null;

    /// <summary>A lookahead, so that overlapping candidates are all tried: in "met code ABCD-EFGH-JK23" the first candidate is "code ABCD-EFGH".</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?=([A-Za-z0-9]{4}[\s\-]{1,2}[A-Za-z0-9]{4}[\s\-]{1,2}[A-Za-z0-9]{4})(?![A-Za-z0-9]))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Gegroepeerd();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z0-9]{12}(?![A-Za-z0-9])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Woord();
}
