namespace Participatie.Bot.Recognizers;

/// <summary>
/// Recognises the commands that interrupt any dialog — stop, help, opnieuw, menu and English equivalents —
/// only when they are (nearly) the whole message, so "stoppen met zwerfafval" stays an answer.
/// </summary>
public static class InterruptionRecognizer
{
    private static readonly (string Phrase, Interruption Kind)[] Phrases =
    [
        ("stop", Interruption.Stop), ("stoppen", Interruption.Stop), ("stop maar", Interruption.Stop), ("annuleer", Interruption.Stop),
        ("annuleren", Interruption.Stop), ("afbreken", Interruption.Stop), ("ik wil stoppen", Interruption.Stop), ("laat maar", Interruption.Stop),
        ("cancel", Interruption.Stop), ("quit", Interruption.Stop), ("exit", Interruption.Stop), ("abort", Interruption.Stop), ("never mind", Interruption.Stop),
        ("help", Interruption.Help), ("hulp", Interruption.Help), ("helpen", Interruption.Help), ("ik snap het niet", Interruption.Help),
        ("wat moet ik doen", Interruption.Help), ("wat kan ik zeggen", Interruption.Help), ("uitleg", Interruption.Help), ("help me", Interruption.Help),
        ("what can i say", Interruption.Help), ("i dont understand", Interruption.Help), ("help please", Interruption.Help),
        ("opnieuw", Interruption.Restart), ("begin opnieuw", Interruption.Restart), ("opnieuw beginnen", Interruption.Restart),
        ("overnieuw", Interruption.Restart), ("van voren af aan", Interruption.Restart), ("reset", Interruption.Restart),
        ("restart", Interruption.Restart), ("start over", Interruption.Restart), ("start again", Interruption.Restart), ("begin again", Interruption.Restart),
        ("menu", Interruption.Menu), ("hoofdmenu", Interruption.Menu), ("terug naar menu", Interruption.Menu), ("terug naar het menu", Interruption.Menu),
        ("naar het menu", Interruption.Menu), ("main menu", Interruption.Menu), ("back to menu", Interruption.Menu), ("home", Interruption.Menu),
    ];

    public static Interruption Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Interruption.None;
        }

        var trimmed = text.Trim();
        if (trimmed is "?" or "??" or "???")
        {
            return Interruption.Help;
        }

        var normalized = TextNormalizer.Normalize(trimmed);
        if (normalized.Length == 0 || normalized.Length > 40)
        {
            return Interruption.None;
        }

        foreach (var (phrase, kind) in Phrases)
        {
            if (normalized == phrase)
            {
                return kind;
            }
        }

        foreach (var (phrase, kind) in Phrases)
        {
            if (phrase.Length >= 5 && EditDistance.IsCloseTo(normalized, phrase))
            {
                return kind;
            }
        }

        return Interruption.None;
    }
}
