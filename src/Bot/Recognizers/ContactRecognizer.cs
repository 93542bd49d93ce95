using System.Text.RegularExpressions;

namespace Participatie.Bot.Recognizers;

/// <summary>Recognises an e-mail address or a Dutch phone number in an answer.</summary>
public static partial class ContactRecognizer
{
    public static bool TryRecognizeEmail(string? text, out string email)
    {
        email = string.Empty;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 4000)
        {
            return false;
        }

        var match = Email().Match(text);
        if (!match.Success || match.Value.Length > 254)
        {
            return false;
        }

        email = match.Value.ToLowerInvariant();
        return true;
    }

    /// <summary>A Dutch phone number (10 digits starting with 0, or +31/0031 followed by 9 digits), written as digits with "+31" kept.</summary>
    public static bool TryRecognizePhone(string? text, out string phone)
    {
        phone = string.Empty;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 4000)
        {
            return false;
        }

        var match = Phone().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var digits = new string(match.Value.Where(char.IsAsciiDigit).ToArray());
        if (match.Value.TrimStart().StartsWith('+'))
        {
            digits = digits.StartsWith("31", StringComparison.Ordinal) && digits.Length == 11 ? "+" + digits : string.Empty;
        }
        else if (digits.StartsWith("0031", StringComparison.Ordinal) && digits.Length == 13)
        {
            digits = "+" + digits[2..];
        }
        else if (!(digits.StartsWith('0') && digits.Length == 10))
        {
            digits = string.Empty;
        }

        phone = digits;
        return phone.Length > 0;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(\.[A-Za-z0-9\-]{1,63})*\.[A-Za-z]{2,24}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Email();

    [GeneratedRegex(@"(\+|00)?[\d][\d \-()]{8,17}\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Phone();
}
