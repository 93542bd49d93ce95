using System.Text;
using static Participatie.Host.Analyse.Html;

namespace Participatie.Host.Analyse;

/// <summary>The frame every report shares: NL Design System styles, navigation, print styles and the account of the data and rule versions.</summary>
public static class RapportOpmaak
{
    public const string Goed = "#2e7d32";
    public const string Matig = "#b0b0b0";
    public const string Slecht = "#c62828";

    private static readonly (string Pad, string Naam)[] Rapporten =
    [
        ("/rapporten/analyse", "1. Analyse interventies"),
        ("/rapporten/selectie", "2. Selectie buurten"),
        ("/rapporten/voorstel", "3. Voorstel bijdragen"),
        ("/rapporten/advies", "4. Advies bestuurders"),
    ];

    public static string Pagina(string pad, string titel, string inleiding, string inhoud, RapportGegevens gegevens)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append($"<title>{E(titel)} – Participatie</title>");
        sb.Append("<link rel=\"stylesheet\" href=\"/lib/utrecht/design-tokens.css\">");
        sb.Append("<link rel=\"stylesheet\" href=\"/lib/utrecht/component-library.css\">");
        sb.Append("<link rel=\"stylesheet\" href=\"/rapporten.css\">");
        sb.Append("</head><body class=\"utrecht-theme rapport-body\">");
        sb.Append("<nav class=\"rapport-nav\" aria-label=\"Rapporten\"><ul>");
        foreach (var (p, naam) in Rapporten)
        {
            sb.Append(p == pad ? $"<li><a href=\"{p}\" aria-current=\"page\">{E(naam)}</a></li>" : $"<li><a href=\"{p}\">{E(naam)}</a></li>");
        }

        sb.Append("</ul></nav>");
        sb.Append("<main class=\"rapport\">");
        sb.Append($"<h1 class=\"utrecht-heading-1\">{E(titel)}</h1>");
        sb.Append($"<p class=\"utrecht-paragraph utrecht-paragraph--lead rapport-inleiding\">{inleiding}</p>");
        sb.Append(inhoud);
        sb.Append(Verantwoording(gegevens));
        sb.Append("</main></body></html>");
        return sb.ToString();
    }

    /// <summary>The data and rule versions the report was made from.</summary>
    public static string Verantwoording(RapportGegevens g)
    {
        var sb = new StringBuilder();
        sb.Append("<section class=\"verantwoording\" id=\"verantwoording\"><h2 class=\"utrecht-heading-2\">Verantwoording: gegevens en regelversies</h2>");
        sb.Append($"<p class=\"utrecht-paragraph\">Gemaakt op {E(DatumTijd(g.Peilmoment))} uit de gegevens van dat moment: ");
        sb.Append($"{Getal(g.Stand.Buurten)} buurten, {Getal(g.Stand.Interventies)} interventies, {Getal(g.Stand.Initiatieven)} initiatieven en {Getal(g.Stand.Taken)} taken");
        sb.Append(g.Stand.LaatsteWijziging is { } laatste ? $"; laatste statuswijziging of taak op {E(DatumTijd(laatste))}.</p>" : ".</p>");
        if (g.Regelsets.Count == 0)
        {
            sb.Append("<p class=\"utrecht-paragraph\">Er zijn geen regelsets in gebruik.</p>");
        }
        else
        {
            sb.Append("<table class=\"utrecht-table rapport-tabel\"><caption>Regelsets in gebruik</caption><thead><tr><th>Regelset</th><th>Versie</th><th>SHA-256 (kort)</th><th>Gepubliceerd</th></tr></thead><tbody>");
            foreach (var r in g.Regelsets)
            {
                sb.Append($"<tr><td>{E(r.Regelset)}</td><td>{r.Versie}</td><td><code>{E(r.Sha256Kort)}</code></td><td>{E(DatumTijd(r.GepubliceerdUtc))}</td></tr>");
            }

            sb.Append("</tbody></table>");
        }

        sb.Append("</section>");
        return sb.ToString();
    }

    public static string Tabel(string bijschrift, IReadOnlyList<string> koppen, IEnumerable<IReadOnlyList<string>> rijen, string? klasse = null)
    {
        var sb = new StringBuilder();
        // A wide table scrolls sideways in its own region: focusable and named, so keyboard users can scroll it too (WCAG 2.1.1).
        sb.Append($"<div class=\"tabel-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"{E(bijschrift)}\"><table class=\"utrecht-table rapport-tabel {klasse}\"><caption>{E(bijschrift)}</caption><thead><tr>");
        foreach (var kop in koppen)
        {
            sb.Append($"<th scope=\"col\">{E(kop)}</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var rij in rijen)
        {
            sb.Append("<tr>");
            foreach (var cel in rij)
            {
                // Cells arrive encoded (they may hold markup such as <strong>); callers encode data with Html.E.
                sb.Append($"<td>{cel}</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table></div>");
        return sb.ToString();
    }
}
