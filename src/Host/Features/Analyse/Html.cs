using System.Globalization;
using System.Net;
using Participatie.Host.Features.Privacy;

namespace Participatie.Host.Features.Analyse;

/// <summary>Encoding and Dutch number formatting for the server-rendered reports.</summary>
public static class Html
{
    public static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>HTML-encodes text; use it for everything that comes from data.</summary>
    public static string E(string? tekst) => WebUtility.HtmlEncode(tekst ?? string.Empty);

    /// <summary>Encodes text from a free-text field after masking contact details in it.</summary>
    public static string Vrij(string? tekst) => E(Persoonsgegevens.Maskeer(tekst));

    public static string Getal(double? waarde, int decimalen = 1) =>
        waarde is { } w ? w.ToString("N" + decimalen.ToString(CultureInfo.InvariantCulture), Nl) : "–";

    public static string Getal(int waarde) => waarde.ToString("N0", Nl);

    public static string Bedrag(decimal waarde) => "€ " + waarde.ToString("N0", Nl);

    public static string Procent(double? aandeel, int decimalen = 0) =>
        aandeel is { } a ? (a * 100).ToString("N" + decimalen.ToString(CultureInfo.InvariantCulture), Nl) + "%" : "–";

    public static string Interval(Interval? interval, bool procent = false) => interval is { } i
        ? procent ? $"{Procent(i.Onder)} – {Procent(i.Boven)}" : $"{Getal(i.Onder)} tot {Getal(i.Boven)}"
        : "–";

    public static string Datum(DateTime waarde) => waarde.ToString("d MMMM yyyy", Nl);

    public static string DatumTijd(DateTime waarde) => waarde.ToString("d MMMM yyyy HH:mm", Nl) + " UTC";

    /// <summary>Invariant number for SVG attributes.</summary>
    public static string Svg(double waarde) => Math.Round(waarde, 2).ToString(CultureInfo.InvariantCulture);
}
