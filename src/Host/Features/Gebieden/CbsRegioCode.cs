using System.Diagnostics.CodeAnalysis;

namespace Participatie.Host.Features.Gebieden;

public enum CbsRegioSoort
{
    Gemeente,
    Wijk,
    Buurt,
}

/// <summary>
/// A CBS region code: <c>GM</c>+4, <c>WK</c>+6 or <c>BU</c>+8 digits. StatLine pads codes with spaces;
/// the parent codes follow from the digits (BU03630001 lies in WK036300, which lies in GM0363).
/// </summary>
public readonly record struct CbsRegioCode(CbsRegioSoort Soort, string Code)
{
    public string GemeenteCode => "GM" + Code.Substring(2, 4);

    public string? WijkCode => Soort == CbsRegioSoort.Gemeente ? null : "WK" + Code.Substring(2, 6);

    public static bool TryParse(string? text, [NotNullWhen(true)] out CbsRegioCode? code)
    {
        code = null;
        var trimmed = text?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length < 6)
        {
            return false;
        }

        var (soort, digits) = trimmed[..2] switch
        {
            "GM" => (CbsRegioSoort.Gemeente, 4),
            "WK" => (CbsRegioSoort.Wijk, 6),
            "BU" => (CbsRegioSoort.Buurt, 8),
            _ => ((CbsRegioSoort?)null, 0),
        };
        if (soort is null || trimmed.Length != 2 + digits || !trimmed[2..].All(char.IsAsciiDigit))
        {
            return false;
        }

        code = new CbsRegioCode(soort.Value, trimmed);
        return true;
    }

    public override string ToString() => Code;
}
