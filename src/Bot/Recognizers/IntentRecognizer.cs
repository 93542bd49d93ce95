using System.Text.RegularExpressions;

namespace Participatie.Bot.Recognizers;

/// <summary>
/// A small keyword recogniser for free text at the top level: start an initiative (with the idea taken from
/// the sentence), ask about support, ask for status, greet or thank. Keywords match with typo tolerance.
/// </summary>
public static partial class IntentRecognizer
{
    private static readonly string[] StartWords =
    [
        "initiatief", "initiatieven", "organiseren", "organiseer", "opzetten", "starten", "beginnen", "idee", "plan", "aanvragen", "aanmelden",
        "bewonersinitiatief", "buurtinitiatief", "nieuw", "initiative", "organise", "organize", "idea", "start", "set up", "new",
        "buurtfeest", "straatfeest", "barbecue", "bbq", "buurtbarbecue", "moestuin", "buurtmoestuin", "speeltuin", "opruimactie", "zwerfafval",
        "buurthuis", "koffieochtend", "geveltuin", "geveltuintjes", "bankje", "bankjes", "boomspiegel", "groen", "kinderactiviteit", "sportdag",
        "party", "garden", "playground", "cleanup", "festival", "markt", "rommelmarkt", "burendag", "activiteit", "activity",
    ];

    private static readonly string[] GenericStartWords =
    [
        "initiatief", "initiatieven", "organiseren", "organiseer", "opzetten", "starten", "beginnen", "idee", "plan", "aanvragen", "aanmelden",
        "bewonersinitiatief", "buurtinitiatief", "nieuw", "nieuwe", "initiative", "organise", "organize", "idea", "start", "new", "set", "up",
        "ik", "wil", "graag", "een", "het", "de", "mijn", "i", "want", "to", "would", "like", "an", "a", "my", "the", "starting",
        "menu", "maken", "doen", "iets", "something", "do", "make", "we", "willen", "zou", "ons", "our",
        "heb", "hebben", "have", "got", "goed", "leuk", "mooi", "good", "nice", "great", "voor", "for", "van", "of", "met", "with",
    ];

    private static readonly string[] SupportWords =
    [
        "ondersteuning", "subsidie", "steun", "bijdrage", "financiering", "vergoeding", "aanmerking", "krijgen", "regeling", "fonds",
        "initiatievenfonds", "buurtbudget", "support", "funding", "grant", "subsidy", "eligible", "qualify", "money", "geld",
    ];

    private static readonly string[] StatusWords =
    [
        "status", "stand", "voortgang", "staat", "volgen", "referentie", "referentienummer", "aanvraag", "progress", "track", "reference",
        "where", "update", "gebeurd", "beoordeeld",
    ];

    private static readonly string[] WithdrawWords =
    [
        "intrekken", "terugtrekken", "trek", "intrek", "withdraw", "retract",
    ];

    /// <summary>Checked before the start words: "ik wil me aanmelden voor het burgerberaad" is not a new initiative.</summary>
    private static readonly string[] BurgerberaadWords =
    [
        "burgerberaad", "burgerberaden", "burgerpanel", "burgerforum", "burgertop", "citizens assembly", "citizen assembly", "citizens panel",
    ];

    private static readonly string[] GreetingWords =
    [
        "hoi", "hallo", "hey", "hee", "goedemorgen", "goedemiddag", "goedenavond", "dag", "hi", "hello", "morning", "yo", "beste", "goedendag",
    ];

    private static readonly string[] ThanksWords =
    [
        "dank", "bedankt", "dankjewel", "dankuwel", "dankje", "thanks", "thank", "thx", "merci", "top", "fijn",
    ];

    public static IntentResult Recognize(string? text)
    {
        if (UitdaagrechtIntents.RecognizeAction(text) is { } actie)
        {
            return actie;
        }

        var tokens = TextNormalizer.Tokens(text);
        if (ReferenceRecognizer.TryRecognize(text, out var reference))
        {
            // "welke ondersteuning krijgt INI-2026-0042?" asks about support for that initiative; otherwise it is about status.
            if (tokens.Length <= 400 && Count(tokens, WithdrawWords) > 0)
            {
                return new IntentResult(Intent.Withdraw, Reference: reference);
            }

            var aboutSupport = tokens.Length <= 400 && Count(tokens, SupportWords) > 0 && Count(tokens, StatusWords) == 0;
            return new IntentResult(aboutSupport ? Intent.Support : Intent.Status, Reference: reference);
        }

        if (tokens.Length == 0 || tokens.Length > 400)
        {
            return new IntentResult(Intent.None);
        }

        if (Count(tokens, WithdrawWords) > 0)
        {
            return new IntentResult(Intent.Withdraw);
        }

        if (UitdaagrechtIntents.Recognize(tokens, Count(tokens, StatusWords) > 0) is { } uitdaagrecht)
        {
            return uitdaagrecht;
        }

        if (Count(tokens, BurgerberaadWords) > 0)
        {
            return new IntentResult(Intent.Burgerberaad);
        }

        var start = Count(tokens, StartWords);
        var support = 2 * Count(tokens, SupportWords);
        var status = 2 * Count(tokens, StatusWords);
        var greeting = Count(tokens, GreetingWords);
        var thanks = Count(tokens, ThanksWords);

        if (support > 0 && support >= start && support >= status)
        {
            return new IntentResult(Intent.Support);
        }

        if (status > 0 && status > start)
        {
            return new IntentResult(Intent.Status);
        }

        if (start > 0)
        {
            return new IntentResult(Intent.StartInitiative, ExtractIdea(text!, tokens));
        }

        if (thanks > 0 && tokens.Length <= 6)
        {
            return new IntentResult(Intent.Thanks);
        }

        if (greeting > 0 && tokens.Length <= 6)
        {
            return new IntentResult(Intent.Greeting);
        }

        return new IntentResult(Intent.None);
    }

    /// <summary>How many words of the utterance are keywords of the list (each word counts once).</summary>
    private static int Count(string[] tokens, string[] keywords)
    {
        var count = 0;
        foreach (var keyword in keywords.Where(k => k.Contains(' ', StringComparison.Ordinal)))
        {
            if (keyword.Split(' ').All(tokens.Contains))
            {
                count++;
            }
        }

        foreach (var token in tokens)
        {
            if (keywords.Any(k => !k.Contains(' ', StringComparison.Ordinal) && EditDistance.IsCloseTo(token, k)))
            {
                count++;
            }
        }

        return count;
    }

    private static string? ExtractIdea(string text, string[] tokens)
    {
        var content = tokens.Where(t => t.Length >= 3 && !GenericStartWords.Any(g => EditDistance.IsCloseTo(t, g))).ToArray();
        if (content.Length == 0)
        {
            return null;
        }

        var idea = LeadIn().Replace(text.Trim(), string.Empty).Trim().TrimEnd('.', '!', '?').Trim();
        return idea.Length == 0 ? null : idea;
    }

    [GeneratedRegex(@"^(hoi|hallo|hi|hello|hey|goedemorgen|goedemiddag)?[\s,!.]*((ik|wij|we)\s+(wil|willen|zou|zouden)\s+(graag\s+)?((een|iets)\s+)?(initiatief\s+)?((starten|beginnen)\s+)?(met\s+)?|(i|we)\s+(want|would\s+like|'d\s+like|wish)\s+to\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex LeadIn();
}
