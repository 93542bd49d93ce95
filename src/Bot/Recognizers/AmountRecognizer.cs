using System.Text.RegularExpressions;

namespace Participatie.Bot.Recognizers;

/// <summary>Recognises an amount of money in euros: "€ 1.500", "1500 euro", "1.500,50", "EUR 250,-", "2k".</summary>
public static partial class AmountRecognizer
{
    /// <summary>The largest amount accepted; anything above is treated as not understood.</summary>
    public const decimal Maximum = 100_000_000m;

    public static bool TryRecognize(string? text, bool english, out decimal amount)
    {
        amount = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var withoutCurrency = Currency().Replace(text, " ");
        if (!NumberRecognizer.TryRecognize(withoutCurrency, english, out amount))
        {
            return false;
        }

        if (amount < 0 || amount > Maximum)
        {
            amount = 0;
            return false;
        }

        amount = decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
        return true;
    }

    [GeneratedRegex(@"€|\b(eur|euro|euros|eu)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Currency();
}
