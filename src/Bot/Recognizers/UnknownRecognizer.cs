namespace Participatie.Bot.Recognizers;

/// <summary>Recognises "I don't know" answers: "weet ik niet", "geen idee", "nog onbekend", "not sure".</summary>
public static class UnknownRecognizer
{
    private static readonly string[] Phrases =
    [
        "weet ik niet", "weet niet", "ik weet het niet", "geen idee", "onbekend", "nog onbekend", "nog niet bekend",
        "weet ik nog niet", "nog geen idee", "nvt", "n v t", "niet van toepassing", "geen flauw idee", "dat weet ik niet",
        "dont know", "do not know", "i dont know", "no idea", "not sure", "unknown", "not known yet", "dunno", "idk", "n a", "na",
    ];

    public static bool IsUnknown(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || normalized.Length > 60)
        {
            return false;
        }

        foreach (var phrase in Phrases)
        {
            if (normalized == phrase || normalized.StartsWith(phrase + " ", StringComparison.Ordinal) || normalized.EndsWith(" " + phrase, StringComparison.Ordinal))
            {
                return true;
            }

            if (phrase.Length >= 8 && EditDistance.Between(normalized, phrase) <= 2)
            {
                return true;
            }
        }

        return false;
    }
}
