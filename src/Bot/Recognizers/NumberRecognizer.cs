using System.Globalization;
using System.Text.RegularExpressions;

namespace Participatie.Bot.Recognizers;

/// <summary>
/// Finds the first number in an utterance: digits in Dutch or English notation ("3,14", "1.500",
/// "1.500,50", "1,500.50"), a multiplier ("2k", "1,5 miljoen") or a number word ("twaalf", "twenty").
/// </summary>
public static partial class NumberRecognizer
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["nul"] = 0, ["zero"] = 0, ["geen"] = 0, ["none"] = 0,
        ["een"] = 1, ["one"] = 1, ["twee"] = 2, ["two"] = 2, ["drie"] = 3, ["three"] = 3,
        ["vier"] = 4, ["four"] = 4, ["vijf"] = 5, ["five"] = 5, ["zes"] = 6, ["six"] = 6,
        ["zeven"] = 7, ["seven"] = 7, ["acht"] = 8, ["eight"] = 8, ["negen"] = 9, ["nine"] = 9,
        ["tien"] = 10, ["ten"] = 10, ["elf"] = 11, ["eleven"] = 11, ["twaalf"] = 12, ["twelve"] = 12,
        ["dertien"] = 13, ["thirteen"] = 13, ["veertien"] = 14, ["fourteen"] = 14, ["vijftien"] = 15, ["fifteen"] = 15,
        ["zestien"] = 16, ["sixteen"] = 16, ["zeventien"] = 17, ["seventeen"] = 17, ["achttien"] = 18, ["eighteen"] = 18,
        ["negentien"] = 19, ["nineteen"] = 19, ["twintig"] = 20, ["twenty"] = 20, ["dertig"] = 30, ["thirty"] = 30,
        ["veertig"] = 40, ["forty"] = 40, ["vijftig"] = 50, ["fifty"] = 50, ["zestig"] = 60, ["sixty"] = 60,
        ["zeventig"] = 70, ["seventy"] = 70, ["tachtig"] = 80, ["eighty"] = 80, ["negentig"] = 90, ["ninety"] = 90,
        ["honderd"] = 100, ["hundred"] = 100, ["duizend"] = 1000, ["thousand"] = 1000,
    };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["eerste"] = 1, ["first"] = 1, ["tweede"] = 2, ["second"] = 2, ["derde"] = 3, ["third"] = 3,
        ["vierde"] = 4, ["fourth"] = 4, ["vijfde"] = 5, ["fifth"] = 5, ["zesde"] = 6, ["sixth"] = 6,
        ["zevende"] = 7, ["seventh"] = 7, ["achtste"] = 8, ["eighth"] = 8, ["negende"] = 9, ["ninth"] = 9,
        ["tiende"] = 10, ["tenth"] = 10,
    };

    /// <summary>The first number in <paramref name="text"/>; <paramref name="english"/> makes "1,500" mean 1500 instead of 1.5.</summary>
    public static bool TryRecognize(string? text, bool english, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 4000)
        {
            return false;
        }

        var cleaned = DashSuffix().Replace(text, string.Empty);
        var match = Digits().Match(cleaned);
        if (match.Success)
        {
            if (!TryParseDigits(match.Groups["n"].Value, english, out value))
            {
                return false;
            }

            if (match.Groups["sign"].Success && match.Groups["sign"].Length > 0)
            {
                value = -value;
            }

            var rest = cleaned[(match.Index + match.Length)..];
            value *= Multiplier(rest);
            return true;
        }

        return TryRecognizeWords(text, out value);
    }

    /// <summary>Recognises an ordinal or a plain small index: "2", "de tweede", "second", "nummer 3".</summary>
    public static bool TryRecognizeIndex(string? text, out int index)
    {
        index = 0;
        var tokens = TextNormalizer.Tokens(text);
        if (tokens.Length is 0 or > 3)
        {
            return false;
        }

        foreach (var token in tokens)
        {
            if (Ordinals.TryGetValue(token, out index))
            {
                return true;
            }
        }

        var last = tokens[^1];
        if (tokens.Length == 1 || tokens[0] is "nummer" or "nr" or "optie" or "number" or "option" or "de" or "the")
        {
            if (int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index is > 0 and < 100)
            {
                return true;
            }

            if (Words.TryGetValue(last, out index) && index is > 0 and <= 20)
            {
                return true;
            }
        }

        index = 0;
        return false;
    }

    /// <summary>All integers written as digits in the text ("1, 3 en 5" → 1, 3, 5).</summary>
    public static IReadOnlyList<int> AllIntegers(string? text)
    {
        var result = new List<int>();
        if (string.IsNullOrEmpty(text))
        {
            return result;
        }

        foreach (Match match in SmallIntegers().Matches(text))
        {
            if (int.TryParse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                result.Add(number);
            }
        }

        return result;
    }

    private static bool TryParseDigits(string digits, bool english, out decimal value)
    {
        var dots = digits.Count(c => c == '.');
        var commas = digits.Count(c => c == ',');
        string invariant;
        if (dots > 0 && commas > 0)
        {
            var decimalSeparator = digits.LastIndexOf('.') > digits.LastIndexOf(',') ? '.' : ',';
            var thousands = decimalSeparator == '.' ? ',' : '.';
            if (digits.Count(c => c == decimalSeparator) > 1)
            {
                value = 0;
                return false;
            }

            invariant = digits.Replace(thousands.ToString(), string.Empty, StringComparison.Ordinal).Replace(decimalSeparator, '.');
        }
        else if (dots + commas == 0)
        {
            invariant = digits;
        }
        else
        {
            var separator = dots > 0 ? '.' : ',';
            var count = dots + commas;
            var afterLast = digits.Length - digits.LastIndexOf(separator) - 1;
            var thousandsStyle = separator == '.' ? !english : english;
            var isThousands = count > 1 || (afterLast == 3 && thousandsStyle);
            invariant = isThousands ? digits.Replace(separator.ToString(), string.Empty, StringComparison.Ordinal) : digits.Replace(separator, '.');
        }

        return decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static decimal Multiplier(string rest)
    {
        var tokens = TextNormalizer.Tokens(rest.Length > 40 ? rest[..40] : rest);
        if (tokens.Length == 0)
        {
            return 1m;
        }

        return tokens[0] switch
        {
            "k" or "duizend" or "thousand" or "mille" => 1000m,
            "mln" or "miljoen" or "million" => 1_000_000m,
            _ => 1m,
        };
    }

    private static bool TryRecognizeWords(string text, out decimal value)
    {
        value = 0;
        var tokens = TextNormalizer.Tokens(text.Replace('-', ' '));
        if (tokens.Length > 30)
        {
            return false;
        }

        decimal total = 0;
        decimal current = 0;
        var found = false;
        foreach (var token in tokens)
        {
            if (token == "een" && tokens.Length > 1)
            {
                // "een" is also the article "a": only a number when it stands alone.
                continue;
            }

            if (TryWord(token, out var number))
            {
                found = true;
                if (number == 100)
                {
                    current = (current == 0 ? 1 : current) * 100;
                }
                else if (number == 1000)
                {
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                }
                else
                {
                    current += number;
                }
            }
            else if (found && token is not "and" and not "en")
            {
                break;
            }
        }

        value = total + current;
        return found;
    }

    private static bool TryWord(string token, out int number)
    {
        if (Words.TryGetValue(token, out number))
        {
            return true;
        }

        // Dutch compounds with hundreds and thousands: "vijfhonderd", "tweeduizend", "honderdvijftig".
        foreach (var (word, multiplier) in new[] { ("duizend", 1000), ("honderd", 100) })
        {
            var at = token.IndexOf(word, StringComparison.Ordinal);
            if (at < 0 || token.Length == word.Length)
            {
                continue;
            }

            var head = token[..at];
            var tail = token[(at + word.Length)..];
            var times = 1;
            if (head.Length > 0 && (!TryWord(head, out times) || times is < 1 or > 999))
            {
                continue;
            }

            var plus = 0;
            if (tail.StartsWith("en", StringComparison.Ordinal) && tail.Length > 2 && !Words.ContainsKey(tail))
            {
                tail = tail[2..];
            }

            if (tail.Length > 0 && !TryWord(tail, out plus))
            {
                continue;
            }

            number = (times * multiplier) + plus;
            return true;
        }

        // Dutch compounds: "vijfentwintig" = 5 + 20.
        foreach (var (unitWord, unit) in Words)
        {
            if (unit is < 1 or > 9 || !token.StartsWith(unitWord, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = token[unitWord.Length..];
            if (rest.StartsWith("en", StringComparison.Ordinal) && Words.TryGetValue(rest[2..], out var tens) && tens is >= 20 and <= 90 && tens % 10 == 0)
            {
                number = unit + tens;
                return true;
            }
        }

        number = 0;
        return false;
    }

    [GeneratedRegex(@"(?<sign>[-−]?)(?<![\d.,])(?<n>\d[\d.,]*\d|\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Digits();

    [GeneratedRegex(@"[.,][-=]{1,2}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DashSuffix();

    [GeneratedRegex(@"\b\d{1,3}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex SmallIntegers();
}
