namespace Participatie.Bot.Recognizers;

/// <summary>Recognises yes/no answers in Dutch and English, with variants and small typos.</summary>
public static class ConfirmRecognizer
{
    private static readonly HashSet<string> YesPhrases = new(StringComparer.Ordinal)
    {
        "ja", "j", "jawel", "jazeker", "ja hoor", "ja graag", "graag", "zeker", "zeker weten", "klopt", "dat klopt", "correct",
        "akkoord", "prima", "goed", "is goed", "oke", "ok", "okay", "okee", "oki", "jep", "jup", "ja klopt", "helemaal goed",
        "ja dat klopt", "ja prima", "doe maar", "ja doe maar", "yes", "y", "yeah", "yep", "yup", "sure", "of course",
        "thats right", "right", "agreed", "fine", "absolutely", "yes please", "ja dat is goed", "ja hoor klopt", "inderdaad", "👍",
    };

    private static readonly HashSet<string> NoPhrases = new(StringComparer.Ordinal)
    {
        "nee", "n", "neen", "nee hoor", "nope", "nah", "neej", "nee dank je", "nee bedankt", "liever niet", "niet", "klopt niet",
        "dat klopt niet", "niet goed", "fout", "onjuist", "nooit", "nee dat klopt niet", "no", "no thanks", "not really",
        "incorrect", "wrong", "thats wrong", "no way", "negative", "nee niet", "neuh", "👎",
    };

    private static readonly string[] YesWords = ["ja", "yes", "jawel", "jazeker", "klopt", "akkoord", "prima", "zeker", "yeah", "sure", "correct", "okay", "oke"];

    private static readonly string[] NoWords = ["nee", "no", "nope", "niet", "never", "nooit", "incorrect"];

    /// <summary>True for yes, false for no, null when the answer is neither.</summary>
    public static bool? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Contains("👍", StringComparison.Ordinal) && !trimmed.Contains("👎", StringComparison.Ordinal))
        {
            return true;
        }

        if (trimmed.Contains("👎", StringComparison.Ordinal))
        {
            return false;
        }

        var normalized = TextNormalizer.Normalize(trimmed);
        if (normalized.Length == 0 || normalized.Length > 80)
        {
            return null;
        }

        if (NoPhrases.Contains(normalized))
        {
            return false;
        }

        if (YesPhrases.Contains(normalized))
        {
            return true;
        }

        var tokens = normalized.Split(' ');
        var hasNo = tokens.Any(t => NoWords.Any(w => EditDistance.IsCloseTo(t, w)) || t is "nee" or "nein");
        var first = tokens[0];
        if (hasNo && (NoWords.Any(w => EditDistance.IsCloseTo(first, w)) || tokens.Contains("niet")))
        {
            return false;
        }

        if (!hasNo && (YesWords.Any(w => EditDistance.IsCloseTo(first, w)) || first is "jaa" or "jaaa" or "yess" or "jah"))
        {
            return true;
        }

        if (hasNo && tokens.Length <= 3)
        {
            return false;
        }

        return null;
    }
}
