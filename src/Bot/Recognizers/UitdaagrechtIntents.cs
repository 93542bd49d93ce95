using System.Globalization;
using System.Text.RegularExpressions;

namespace Participatie.Bot.Recognizers;

/// <summary>
/// The uitdaagrecht and exchange intents: taking over a municipal task ("wij willen het groenonderhoud van ons plein
/// overnemen"), asking how that request stands, and asking for similar initiatives elsewhere.
/// </summary>
internal static partial class UitdaagrechtIntents
{
    public const string ActieJa = "ja";
    public const string ActieNee = "nee";
    public const string ActieIntrekken = "intrekken";
    public const string ActieAfmelden = "afmelden";
    public const string ActieAanmelden = "aanmelden";

    /// <summary>Answers about exchange that need no dialog: "ja CV-12", "nee CV-12", "toestemming intrekken CV-12", "afmelden uitwisseling".</summary>
    public static IntentResult? RecognizeAction(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return null;
        }

        var lower = text.Trim().ToLowerInvariant();
        if (ContactCode().Match(text) is { Success: true } code)
        {
            var reference = "CV-" + code.Groups[1].Value;
            if (lower.Contains("intrek", StringComparison.Ordinal) || lower.Contains("trek", StringComparison.Ordinal) || lower.Contains("withdraw", StringComparison.Ordinal))
            {
                return new IntentResult(Intent.UitwisselingActie, ActieIntrekken, reference);
            }

            if (Yes().IsMatch(lower))
            {
                return new IntentResult(Intent.UitwisselingActie, ActieJa, reference);
            }

            if (No().IsMatch(lower))
            {
                return new IntentResult(Intent.UitwisselingActie, ActieNee, reference);
            }

            return null;
        }

        if (lower.Contains("uitwisseling", StringComparison.Ordinal) || lower.Contains("exchange", StringComparison.Ordinal) || lower.Contains("uitnodigingen", StringComparison.Ordinal))
        {
            if (lower.Contains("afmelden", StringComparison.Ordinal) || lower.Contains("opt out", StringComparison.Ordinal) || lower.Contains("geen uitnodigingen", StringComparison.Ordinal))
            {
                return new IntentResult(Intent.UitwisselingActie, ActieAfmelden);
            }

            if (lower.Contains("aanmelden", StringComparison.Ordinal) || lower.Contains("opt in", StringComparison.Ordinal))
            {
                return new IntentResult(Intent.UitwisselingActie, ActieAanmelden);
            }
        }

        return null;
    }

    public static int? ContactNummer(string? reference) =>
        reference is not null && reference.StartsWith("CV-", StringComparison.Ordinal)
        && int.TryParse(reference.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"\bCV-?(\d{1,9})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ContactCode();

    [GeneratedRegex(@"^(ja|yes|jazeker|graag|akkoord|ok|oké|prima)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Yes();

    [GeneratedRegex(@"^(nee|no|liever niet|niet)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex No();

    private static readonly string[] NamedWords = ["uitdaagrecht", "uitdaagrechtverzoek", "challenge"];

    private static readonly string[] TakeOverWords = ["overnemen", "overname", "takeover"];

    private static readonly string[] SimilarWords = ["vergelijkbare", "vergelijkbaar", "soortgelijke", "similar", "elders", "uitwisselen", "uitwisseling"];

    private static readonly string[] InitiativeWords = ["initiatieven", "initiatief", "initiatives", "initiative", "projecten"];

    private static readonly string[] QuestionWords = ["hoe", "wat", "how", "what", "staat", "stand", "status"];

    public static IntentResult? Recognize(string[] tokens, bool aboutStatus)
    {
        var named = tokens.Any(t => NamedWords.Any(w => EditDistance.IsCloseTo(t, w)))
            || (tokens.Contains("right") && tokens.Contains("challenge"));
        var takeOver = tokens.Any(t => TakeOverWords.Contains(t)) || (tokens.Contains("take") && tokens.Contains("over"));
        if (named && (aboutStatus || tokens.Any(t => QuestionWords.Contains(t))) && !takeOver)
        {
            return new IntentResult(Intent.UitdaagrechtStatus);
        }

        if (named || takeOver)
        {
            return new IntentResult(Intent.Uitdaagrecht, Idea: TaskFrom(tokens));
        }

        if (tokens.Any(t => SimilarWords.Contains(t)) && tokens.Any(t => InitiativeWords.Contains(t)))
        {
            return new IntentResult(Intent.Vergelijkbaar);
        }

        return null;
    }

    /// <summary>"wij willen het groenonderhoud van ons plein overnemen" → "het groenonderhoud van ons plein".</summary>
    private static string? TaskFrom(string[] tokens)
    {
        string[] leadIn = ["wij", "we", "willen", "graag", "ik", "wil", "want", "to", "would", "like", "uitdaagrecht", "overnemen", "take", "over", "right", "challenge", "the", "on", "met", "het", "via", "gebruik", "maken", "van", "i"];
        var start = 0;
        while (start < tokens.Length && leadIn.Contains(tokens[start]))
        {
            start++;
        }

        var end = tokens.Length;
        while (end > start && leadIn.Contains(tokens[end - 1]))
        {
            end--;
        }

        var taak = string.Join(' ', tokens[start..end]);
        return taak.Length >= 6 && end - start >= 2 ? taak : null;
    }
}
