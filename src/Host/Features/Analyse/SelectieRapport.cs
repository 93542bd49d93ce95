using System.Globalization;
using System.Text;
using static Participatie.Host.Features.Analyse.Html;

namespace Participatie.Host.Features.Analyse;

/// <summary>Report 2: every buurt's indicators, which selection rules it passed or failed and why, and why the chosen two are chosen.</summary>
public static class SelectieRapport
{
    public const string Pad = "/rapporten/selectie";

    public static string Maak(RapportGegevens g)
    {
        var sb = new StringBuilder();
        var geschikt = g.Beoordelingen.Where(b => b.Geschikt).ToList();
        var buurten = g.Buurten.ToDictionary(b => b.Code);

        sb.Append("<section><h2 class=\"utrecht-heading-2\">Gekozen buurten</h2>");
        sb.Append($"<p class=\"utrecht-paragraph\">Van de {Getal(g.Beoordelingen.Count)} buurten voldoen er {Getal(geschikt.Count)} aan alle voorwaarden van de regelset <code>buurtselectie</code>. ");
        sb.Append(g.SelectieVastgelegd
            ? "Het programma heeft deze buurten vastgelegd; hieronder staat waarom ze volgens de huidige regels in aanmerking komen:</p>"
            : $"Daarvan hebben deze {Getal(g.Gekozen.Count)} de hoogste prioriteitsscore (het programma heeft nog geen selectie vastgelegd):</p>");
        var anders = g.TopVolgensRegels.Select(b => b.Code).Except(g.Gekozen.Select(b => b.Code)).ToList();
        if (g.SelectieVastgelegd && anders.Count > 0)
        {
            sb.Append($"<p class=\"utrecht-paragraph waarschuwing\"><strong>Let op:</strong> met de huidige regels en gegevens zouden de regels nu kiezen: {E(string.Join(" en ", g.TopVolgensRegels.Select(b => $"{b.Naam} ({Getal(b.Score)})")))}.</p>");
        }
        if (g.Gekozen.Count == 0)
        {
            sb.Append("<p class=\"utrecht-paragraph\"><strong>Geen enkele buurt voldoet aan de voorwaarden.</strong></p>");
        }

        var volgende = geschikt.FirstOrDefault(b => !g.Gekozen.Any(k => k.Code == b.Code));
        var plaats = 1;
        foreach (var b in g.Gekozen)
        {
            sb.Append($"<article class=\"gekozen\"><h3 class=\"utrecht-heading-3\">{plaats++}. {E(b.Naam)} ({E(b.Code)}, wijk {E(b.WijkNaam)}) — score {Getal(b.Score)}</h3>");
            sb.Append("<p class=\"utrecht-paragraph\">Waarom deze buurt:</p><ul class=\"utrecht-unordered-list\">");
            foreach (var c in b.Criteria.Where(c => c.Voldaan))
            {
                sb.Append($"<li>{E(c.Uitleg)}</li>");
            }

            if (volgende is not null)
            {
                sb.Append($"<li>De score is {Getal(Math.Abs(b.Score - volgende.Score))} punt {(b.Score >= volgende.Score ? "hoger" : "lager")} dan die van de eerstvolgende geschikte buurt, {E(volgende.Naam)} ({Getal(volgende.Score)}).</li>");
            }

            sb.Append("</ul>");
            sb.Append(RapportOpmaak.Tabel($"Opbouw van de score van {b.Naam}", ["Onderdeel", "Punten"],
                b.ScoreDelen.Where(d => d.Key is not ("Score" or "Code" or "Naam")).Select(d => (IReadOnlyList<string>)[E(DeelNaam(d.Key)), E(Waarde(d.Value))])));
            sb.Append("</article>");
        }

        sb.Append(SvgGrafiek.Staven("Prioriteitsscore van de geschikte buurten (gekozen buurten donker)",
            geschikt.Select(b => new SvgGrafiek.Staaf(b.Naam, b.Score, Nadruk: g.Gekozen.Any(k => k.Code == b.Code))).ToList()));
        sb.Append("</section>");

        sb.Append("<section><h2 class=\"utrecht-heading-2\">Voorwaarden per buurt</h2>");
        sb.Append("<p class=\"utrecht-paragraph\">Per buurt of hij aan elke voorwaarde voldoet (✓) of niet (✗), en waarom niet. Bij ‘kwetsbare buurt’ volstaat een lage SES-score óf een lage leefbaarheid.</p>");
        var criteria = g.Beoordelingen.SelectMany(b => b.Criteria.Select(c => c.Naam)).Distinct(StringComparer.Ordinal).ToList();
        sb.Append(RapportOpmaak.Tabel("Uitkomst van de selectieregels per buurt", ["Buurt", "Geschikt", "Score", .. criteria, "Waarom niet"],
            g.Beoordelingen.Select(b => (IReadOnlyList<string>)
            [
                $"{E(b.Naam)}<br><code>{E(b.Code)}</code>",
                (b.Geschikt ? "ja" : "nee") + (g.Gekozen.Any(k => k.Code == b.Code) ? ", <strong>gekozen</strong>" : ""),
                Getal(b.Score),
                .. criteria.Select(naam => b.Criteria.FirstOrDefault(c => c.Naam == naam) is { } c
                    ? c.Voldaan ? "<span class=\"voldaan\" title=\"voldaan\">✓</span>" : $"<span class=\"niet-voldaan\" title=\"{E(c.Uitleg)}\">✗</span>"
                    : "–"),
                string.Join("<br>", b.Criteria.Where(c => !c.Voldaan).Select(c => E(c.Uitleg))),
            ]), "compact"));
        sb.Append("</section>");

        sb.Append("<section><h2 class=\"utrecht-heading-2\">Indicatoren per buurt</h2>");
        sb.Append(RapportOpmaak.Tabel("Buurtindicatoren zoals de regels ze lezen (ontbrekende CBS-waarden tellen als 0)",
            ["Buurt", "Wijk", "Inwoners", "Huishoudens", "% huur", "% corporatie", "Inkomen (k€)", "% uitkering", "Leefbaarheid", "SES", "Buurthuizen", "Actieve initiatieven", "Wijkraad"],
            g.Beoordelingen.Select(b => buurten.GetValueOrDefault(b.Code)).Where(b => b is not null).Select(b => (IReadOnlyList<string>)
            [
                $"{E(b!.Naam)}<br><code>{E(b.Code)}</code>", E(b.WijkNaam), Getal(b.Inwoners), Getal(b.Huishoudens), Getal(b.AandeelHuurwoningen),
                Getal(b.AandeelCorporatiewoningen), Getal(b.GemiddeldInkomen), Getal(b.AandeelUitkeringen), Getal(b.LeefbaarheidScore),
                Getal(b.SesScore, 2), Getal(b.AantalBuurthuizen), Getal(b.AantalActieveInitiatieven), b.HeeftWijkraad ? "ja" : "nee",
            ]), "compact"));
        sb.Append("</section>");

        return RapportOpmaak.Pagina(Pad, "Selectie van twee buurten",
            "Welke buurten in aanmerking komen voor de samenhangende aanpak doe-democratie, met de uitleg van de selectieregels per buurt (resultaat 2 van de opdracht).",
            sb.ToString(), g);
    }

    private static string DeelNaam(string sleutel) => sleutel switch
    {
        "Sociaaleconomisch" => "Sociaaleconomische status (SES)",
        "Basis" => "Sociale basis (buurthuizen, lopende initiatieven)",
        _ => sleutel,
    };

    private static string Waarde(object? waarde) => waarde switch
    {
        null => "–",
        double d => Getal(d),
        float f => Getal(f),
        decimal m => Getal((double)m),
        int i => Getal(i),
        IFormattable f => f.ToString(null, Nl),
        _ => Convert.ToString(waarde, CultureInfo.InvariantCulture) ?? "–",
    };
}
