using System.Globalization;
using System.Text;

namespace Participatie.Host.Accounts;

/// <summary>
/// Password rules after NIST SP 800-63B: length counts, composition rules do not. At least <see cref="MinLength"/>
/// characters (Unicode code points, after NFKC), not only white space, not a common password or a variant of one
/// (<c>veelgebruikte-wachtwoorden.txt</c>), not a repetition or a sequence (aaaa…, abcabc…, 1234…, qwerty…), and not
/// containing the user name. Applies wherever a password is set: the API, <c>accounts add</c> and the demo accounts.
/// </summary>
public static class WachtwoordBeleid
{
    public const int MinLength = 12;

    /// <summary>Long passphrases are welcome; the cap only keeps hashing cheap.</summary>
    public const int MaxLength = 128;

    /// <summary>Non-letters before or after a common word up to this length (or a sequence or repetition of any length) still make it the common word: Welkom2024!.</summary>
    private const int TrivialAffixLength = 6;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    /// <summary>Keyboard rows and columns (QWERTY, QWERTZ, AZERTY), the alphabet and the digits; walks along them, either way, are sequences.</summary>
    private static readonly string[] Walks =
    [
        "abcdefghijklmnopqrstuvwxyz", "01234567890123456789", "qwertyuiopasdfghjklzxcvbnm", "qwertzuiopasdfghjklyxcvbnm",
        "azertyuiopqsdfghjklmwxcvbn", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp", "zaqxswcdevfrbgtnhymjukilop",
        "!@#$%^&*()_+", "1234567890-=",
    ];

    /// <summary>Why <paramref name="password"/> cannot be used for <paramref name="username"/>, in words for the user; null when it can.</summary>
    public static string? Weigering(string password, string username)
    {
        var normalized = password.Normalize(NormalizationForm.FormKC);
        var length = normalized.EnumerateRunes().Count();
        if (string.IsNullOrWhiteSpace(normalized))
        {
            return "Een wachtwoord mag niet alleen uit spaties bestaan.";
        }

        if (length < MinLength)
        {
            return $"Een wachtwoord heeft minstens {MinLength} tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.";
        }

        if (length > MaxLength)
        {
            return $"Een wachtwoord heeft hoogstens {MaxLength} tekens.";
        }

        var lower = normalized.ToLowerInvariant();
        var user = username.Trim().ToLowerInvariant();
        var forms = new[] { lower, Deleet(lower, 'i'), Deleet(lower, 'l') }.Distinct().ToList();
        if (user.Length >= 3 && forms.Any(f => f.Contains(user, StringComparison.Ordinal) || AlphaNumeric(f).Contains(AlphaNumeric(user), StringComparison.Ordinal)))
        {
            return "Een wachtwoord mag de gebruikersnaam niet bevatten.";
        }

        foreach (var form in forms)
        {
            var candidates = new List<string> { form, AlphaNumeric(form) };
            var (core, trivialAffixes) = Core(form);
            if (trivialAffixes && core.Length > 0)
            {
                candidates.Add(core);
                candidates.Add(AlphaNumeric(core));
            }

            if (candidates.Any(c => Common.Value.Contains(c) || IsTwoCommonWords(c)))
            {
                return "Dit wachtwoord staat (of lijkt sterk op een wachtwoord) op de lijst van veelgebruikte wachtwoorden. Kies een ander.";
            }
        }

        var (lowerCore, lowerTrivial) = Core(lower);
        if (IsPredictable(lower) || IsPredictable(AlphaNumeric(lower)) || (lowerTrivial && lowerCore.Length >= 3 && IsPredictable(lowerCore)))
        {
            return "Dit wachtwoord is te voorspelbaar: een herhaling of een reeks (zoals aaaa, abcabc, 1234 of qwerty). Kies een ander.";
        }

        return null;
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = typeof(WachtwoordBeleid).Assembly.GetManifestResourceStream("Participatie.Host.Accounts.veelgebruikte-wachtwoorden.txt")
            ?? throw new InvalidOperationException("veelgebruikte-wachtwoorden.txt ontbreekt in de assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.ToLowerInvariant());
            }
        }

        return words;
    }

    /// <summary>Undo the usual character swaps (p@ssw0rd). A 1 or ! stands for i or l; both readings are tried.</summary>
    private static string Deleet(string s, char one)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '@' or '4' => 'a',
                '3' => 'e',
                '0' => 'o',
                '$' or '5' => 's',
                '7' or '+' => 't',
                '1' or '!' or '|' => one,
                '8' => 'b',
                '9' => 'g',
                _ => c,
            });
        }

        return sb.ToString();
    }

    private static string AlphaNumeric(string s) => string.Concat(s.Where(char.IsLetterOrDigit));

    /// <summary>The part between leading and trailing non-letters, and whether what was cut off is trivial (short, a sequence or a repetition).</summary>
    private static (string Core, bool TrivialAffixes) Core(string s)
    {
        var start = 0;
        while (start < s.Length && !char.IsLetter(s[start]))
        {
            start++;
        }

        var end = s.Length;
        while (end > start && !char.IsLetter(s[end - 1]))
        {
            end--;
        }

        var prefix = s[..start];
        var suffix = s[end..];
        return (s[start..end], IsTrivialAffix(prefix) && IsTrivialAffix(suffix));
    }

    private static bool IsTrivialAffix(string affix) => affix.Length <= TrivialAffixLength || IsPredictable(affix);

    private static bool IsTwoCommonWords(string s)
    {
        for (var split = 1; split < s.Length; split++)
        {
            if (Common.Value.Contains(s[..split]) && Common.Value.Contains(s[split..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One part repeated (aaaa, abcabc, Xk9#Xk9#), or a walk along the alphabet, the digits or the keyboard.</summary>
    private static bool IsPredictable(string s)
    {
        if (s.Length < 3)
        {
            return false;
        }

        for (var unit = 1; unit <= s.Length / 2; unit++)
        {
            if (s.Length % unit == 0 && IsRepetitionOf(s, unit))
            {
                return true;
            }
        }

        var reversed = new string(s.Reverse().ToArray());
        return Walks.Any(w => w.Contains(s, StringComparison.Ordinal) || w.Contains(reversed, StringComparison.Ordinal));
    }

    private static bool IsRepetitionOf(string s, int unit)
    {
        for (var i = unit; i < s.Length; i++)
        {
            if (s[i] != s[i - unit])
            {
                return false;
            }
        }

        return true;
    }
}
