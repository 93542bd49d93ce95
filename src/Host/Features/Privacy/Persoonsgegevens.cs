using System.Text.RegularExpressions;

namespace Participatie.Host.Features.Privacy;

/// <summary>
/// Last line of defence for text shown in reports (titles, learning points): e-mail addresses, phone
/// numbers and full (PC6) postcodes are masked, should someone have typed them into a text field.
/// </summary>
public static partial class Persoonsgegevens
{
    public const string Masker = "[verwijderd]";

    public static string Maskeer(string? tekst)
    {
        if (string.IsNullOrEmpty(tekst))
        {
            return string.Empty;
        }

        var zonderMail = Email().Replace(tekst, Masker);
        var zonderTelefoon = Telefoon().Replace(zonderMail, Masker);
        return Postcode6().Replace(zonderTelefoon, Masker);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\d)(\+31|0031|0)[\s\-]?(\d[\s\-]?){8,9}(?!\d)")]
    private static partial Regex Telefoon();

    [GeneratedRegex(@"\b[1-9]\d{3}\s?[A-Z]{2}\b")]
    private static partial Regex Postcode6();
}
