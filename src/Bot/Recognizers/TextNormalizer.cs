using System.Globalization;
using System.Text;

namespace Participatie.Bot.Recognizers;

/// <summary>Turns an utterance into lower-case, accent-free words for matching.</summary>
public static class TextNormalizer
{
    /// <summary>Lower case, accents removed, everything except letters and digits becomes a single space.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) && c < 0x2000)
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (c == '\'' || c == '’')
            {
                // "zo'n", "don't": glue the parts together
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>The normalised words of an utterance.</summary>
    public static string[] Tokens(string? text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
