using System.Globalization;
using System.Text;

namespace Participatie.Bot.Runtime;

/// <summary>Cleans what users type before the bot looks at it.</summary>
public static class InputText
{
    /// <summary>
    /// Removes control and format characters (line breaks and tabs become spaces), lone surrogates,
    /// collapses white space, trims, and cuts to <paramref name="maxLength"/> characters
    /// (without splitting a surrogate pair).
    /// </summary>
    public static string Clean(string? text, int maxLength, out bool truncated)
    {
        truncated = false;
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        var lastWasSpace = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    if (builder.Length + 2 > maxLength)
                    {
                        truncated = true;
                        break;
                    }

                    builder.Append(c).Append(text[i + 1]);
                    i++;
                    lastWasSpace = false;
                }

                continue;
            }

            if (char.IsLowSurrogate(c))
            {
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var isSpace = char.IsWhiteSpace(c) || category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
            if (isSpace)
            {
                if (!lastWasSpace)
                {
                    if (builder.Length + 1 > maxLength)
                    {
                        truncated = true;
                        break;
                    }

                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            if (builder.Length + 1 > maxLength)
            {
                truncated = true;
                break;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        return builder.ToString().Trim();
    }

    /// <summary>Shortens text for quoting it back to the user, with an ellipsis when cut.</summary>
    public static string Quote(string text, int maxLength = 120)
    {
        var clean = Clean(text, maxLength + 1, out _);
        if (clean.Length <= maxLength)
        {
            return clean;
        }

        var cut = maxLength;
        if (char.IsHighSurrogate(clean[cut - 1]))
        {
            cut--;
        }

        return string.Concat(clean.AsSpan(0, cut).TrimEnd(), "…");
    }
}
