using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Participatie.Host.Features.Burgerberaad;

/// <summary>
/// Reads the address list for the invitation draw: a CSV file with the header
/// <c>postcode,huisnummer,toevoeging,straat,woonplaats</c> (in any order, any case; comma or semicolon as Excel writes
/// it; fields may be quoted). Every problem is reported with its line, and a file with any problem is refused whole.
/// </summary>
public static partial class Adreslijst
{
    public static readonly string[] Kolommen = ["postcode", "huisnummer", "toevoeging", "straat", "woonplaats"];

    public sealed record Adres(int Regel, string Postcode, int Huisnummer, string? Toevoeging, string Straat, string Woonplaats)
    {
        public string Sleutel => $"{Postcode} {Huisnummer}{Toevoeging}".ToUpperInvariant();
    }

    public sealed record Resultaat(IReadOnlyList<Adres> Adressen, IReadOnlyList<string> Fouten);

    [GeneratedRegex("^[1-9][0-9]{3} ?[A-Za-z]{2}$")]
    private static partial Regex PostcodePatroon();

    public static Resultaat Lees(TextReader reader)
    {
        var fouten = new List<string>();
        var adressen = new List<Adres>();
        var kop = reader.ReadLine();
        if (kop is null || string.IsNullOrWhiteSpace(kop.TrimStart('\uFEFF')))
        {
            return new([], ["Regel 1: het bestand is leeg; verwacht de kop " + string.Join(',', Kolommen) + "."]);
        }

        kop = kop.TrimStart('\uFEFF');
        var scheiding = kop.Count(c => c == ';') > kop.Count(c => c == ',') ? ';' : ',';
        var namen = Velden(kop, scheiding).Select(n => n.Trim().ToLowerInvariant()).ToList();
        var positie = Kolommen.ToDictionary(k => k, k => namen.IndexOf(k));
        var ontbreekt = Kolommen.Where(k => k != "toevoeging" && positie[k] < 0).ToList();
        if (ontbreekt.Count > 0)
        {
            return new([], [$"Regel 1: de kolom{(ontbreekt.Count > 1 ? "men" : "")} {string.Join(", ", ontbreekt)} {(ontbreekt.Count > 1 ? "ontbreken" : "ontbreekt")}; verwacht de kop {string.Join(',', Kolommen)}."]);
        }

        var gezien = new Dictionary<string, int>(StringComparer.Ordinal);
        var regel = 1;
        while (reader.ReadLine() is { } tekst)
        {
            regel++;
            if (string.IsNullOrWhiteSpace(tekst))
            {
                continue;
            }

            var velden = Velden(tekst, scheiding);
            if (velden.Count != namen.Count)
            {
                fouten.Add($"Regel {regel}: {velden.Count} velden, de kop heeft er {namen.Count}.");
                continue;
            }

            string Veld(string kolom) => positie[kolom] < 0 ? "" : velden[positie[kolom]].Trim();
            var postcode = Veld("postcode");
            var huisnummerTekst = Veld("huisnummer");
            var straat = Veld("straat");
            var woonplaats = Veld("woonplaats");
            var toevoeging = Veld("toevoeging");
            var fout = false;
            if (!PostcodePatroon().IsMatch(postcode))
            {
                fouten.Add($"Regel {regel}, kolom postcode: '{postcode}' is geen postcode (1234 AB).");
                fout = true;
            }

            if (!int.TryParse(huisnummerTekst, NumberStyles.None, CultureInfo.InvariantCulture, out var huisnummer) || huisnummer is < 1 or > 99999)
            {
                fouten.Add($"Regel {regel}, kolom huisnummer: '{huisnummerTekst}' is geen huisnummer (een heel getal vanaf 1; een letter of toevoeging hoort in de kolom toevoeging).");
                fout = true;
            }

            if (straat.Length is 0 or > 200)
            {
                fouten.Add($"Regel {regel}, kolom straat: vul de straat in (hoogstens 200 tekens).");
                fout = true;
            }

            if (woonplaats.Length is 0 or > 100)
            {
                fouten.Add($"Regel {regel}, kolom woonplaats: vul de woonplaats in (hoogstens 100 tekens).");
                fout = true;
            }

            if (toevoeging.Length > 20)
            {
                fouten.Add($"Regel {regel}, kolom toevoeging: hoogstens 20 tekens.");
                fout = true;
            }

            if (fout)
            {
                continue;
            }

            var adres = new Adres(regel, postcode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), huisnummer,
                toevoeging.Length == 0 ? null : toevoeging, straat, woonplaats);
            if (gezien.TryGetValue(adres.Sleutel, out var eerder))
            {
                fouten.Add($"Regel {regel}: adres {adres.Sleutel} staat ook op regel {eerder}.");
                continue;
            }

            gezien[adres.Sleutel] = regel;
            adressen.Add(adres);
        }

        if (fouten.Count == 0 && adressen.Count == 0)
        {
            fouten.Add("Het bestand bevat geen adressen onder de kop.");
        }

        return new(fouten.Count == 0 ? adressen : [], fouten);
    }

    /// <summary>One line's fields: double quotes around a field may hold the separator, and "" is a quote.</summary>
    private static List<string> Velden(string regel, char scheiding)
    {
        var velden = new List<string>();
        var veld = new StringBuilder();
        var binnenQuotes = false;
        for (var i = 0; i < regel.Length; i++)
        {
            var c = regel[i];
            if (binnenQuotes)
            {
                if (c == '"' && i + 1 < regel.Length && regel[i + 1] == '"')
                {
                    veld.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    binnenQuotes = false;
                }
                else
                {
                    veld.Append(c);
                }
            }
            else if (c == '"')
            {
                binnenQuotes = true;
            }
            else if (c == scheiding)
            {
                velden.Add(veld.ToString());
                veld.Clear();
            }
            else
            {
                veld.Append(c);
            }
        }

        velden.Add(veld.ToString());
        return velden;
    }
}
