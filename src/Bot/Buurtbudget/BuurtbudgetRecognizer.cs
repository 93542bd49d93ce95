using System.Text.RegularExpressions;
using Participatie.Bot.Recognizers;

namespace Participatie.Bot.Buurtbudget;

/// <summary>What a resident wants with the buurtbudget, at the top level: propose a project, or vote.</summary>
public enum BuurtbudgetWens
{
    Voorstellen,
    Stemmen,
}

/// <summary>
/// Recognises "ik heb een voorstel voor het buurtbudget" and "ik wil stemmen voor het buurtbudget" (or a voting code
/// typed straight away). Kept apart from <see cref="IntentRecognizer"/>: "buurtbudget" alone stays a support question.
/// </summary>
public static partial class BuurtbudgetRecognizer
{
    private static readonly string[] BudgetWoorden = ["buurtbudget", "wijkbudget", "buurtbegroting", "budget", "participatory"];
    private static readonly string[] VoorstelWoorden = ["voorstel", "voorstellen", "indienen", "inzenden", "proposal", "propose", "submit", "idee", "idea"];
    private static readonly string[] StemWoorden = ["stemmen", "stem", "stemcode", "stembiljet", "vote", "voting", "ballot"];

    public static BuurtbudgetWens? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Stemcode().IsMatch(text))
        {
            return BuurtbudgetWens.Stemmen;
        }

        var tokens = TextNormalizer.Tokens(text);
        if (tokens.Any(t => t is "stemcode" or "buurtbudgetvoorstel"))
        {
            return tokens.Contains("stemcode") ? BuurtbudgetWens.Stemmen : BuurtbudgetWens.Voorstellen;
        }

        if (!tokens.Any(t => BudgetWoorden.Contains(t)))
        {
            return null;
        }

        if (tokens.Any(t => StemWoorden.Contains(t)))
        {
            return BuurtbudgetWens.Stemmen;
        }

        return tokens.Any(t => VoorstelWoorden.Contains(t)) ? BuurtbudgetWens.Voorstellen : null;
    }

    /// <summary>A code as the resident typed it in answer to the question: twelve letters and digits, dashes and spaces ignored.</summary>
    public static string? Code(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (Stemcode().Match(text) is { Success: true } gedrukt)
        {
            return gedrukt.Value.ToUpperInvariant();
        }

        var tekens = new string(text.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return tekens.Length == 12 && tekens.All(c => c is (>= 'A' and <= 'Z') or (>= '2' and <= '9'))
            ? $"{tekens[..4]}-{tekens[4..8]}-{tekens[8..]}"
            : null;
    }

    /// <summary>Without dashes a code would look like any long word ("buurtbudgets"): at the top level only the printed form counts.</summary>
    [GeneratedRegex(@"\b[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}\b")]
    private static partial Regex Stemcode();
}
