using System.Text;
using static Participatie.Host.Features.Analyse.Html;

namespace Participatie.Host.Features.Analyse;

/// <summary>Report 1: success factors and learning points of earlier and running interventions.</summary>
public static class AnalyseRapport
{
    public const string Pad = "/rapporten/analyse";

    public static string Maak(RapportGegevens g)
    {
        var a = g.Analyse;
        var sb = new StringBuilder();
        var beter = a.Factoren.Where(f => f.Oordeel == Samenhang.Beter).ToList();
        var slechter = a.Factoren.Where(f => f.Oordeel == Samenhang.Slechter).ToList();
        var onzeker = a.Factoren.Count(f => f.Oordeel == Samenhang.Onzeker);

        sb.Append("<section><h2 class=\"utrecht-heading-2\">Samenvatting</h2><ul class=\"utrecht-unordered-list\">");
        sb.Append($"<li>{Getal(a.Totaal)} interventies vastgelegd: {Getal(a.Beoordeeld)} afgerond en beoordeeld, {Getal(a.Lopend)} nog lopend (die tellen alleen mee bij de leerpunten).</li>");
        sb.Append($"<li>Uitkomst op een schaal van 1 tot 5: {Getal(a.Goed)} goed (4–5), {Getal(a.Matig)} matig (3), {Getal(a.Slecht)} slecht (1–2); gemiddeld {Getal(a.GemiddeldeUitkomst)}.</li>");
        sb.Append(beter.Count == 0
            ? "<li>Geen enkele factor gaat duidelijk samen met een betere uitkomst.</li>"
            : $"<li>Duidelijk samen met een <strong>betere</strong> uitkomst: {string.Join("; ", beter.Select(f => $"{E(f.Label)} (+{Getal(f.Verschil)} punt)"))}.</li>");
        sb.Append(slechter.Count == 0
            ? "<li>Geen enkele factor gaat duidelijk samen met een slechtere uitkomst.</li>"
            : $"<li>Duidelijk samen met een <strong>slechtere</strong> uitkomst: {string.Join("; ", slechter.Select(f => $"{E(f.Label)} ({Getal(f.Verschil)} punt)"))}.</li>");
        sb.Append($"<li>Bij {Getal(onzeker)} factoren is de richting <strong>onzeker</strong>: het interval loopt door nul. Dat betekent niet dat ze niet werken, maar dat {Getal(a.Beoordeeld)} gevallen te weinig zijn om het te zien.</li>");
        sb.Append("</ul></section>");

        sb.Append("<section><h2 class=\"utrecht-heading-2\">Samenhang per factor</h2>");
        sb.Append("<p class=\"utrecht-paragraph\">Per factor het verschil in gemiddelde uitkomst tussen interventies mét en zonder die factor, met een 95%-interval (bootstrap). Een punt rechts van de nullijn: betere uitkomsten; links: slechtere. Grijze intervallen lopen door nul en zijn onzeker. Factoren met te weinig gevallen staan niet in de grafiek.</p>");
        sb.Append(SvgGrafiek.Intervallen("Verschil in gemiddelde uitkomst met en zonder factor (95%-interval)",
            a.Factoren.Where(f => f.VerschilInterval is not null).Select(f => new SvgGrafiek.IntervalRij(f.Label, f.Verschil, f.VerschilInterval, f.Oordeel)).ToList()));
        sb.Append(SvgGrafiek.Gestapeld("Uitkomsten van interventies met deze factor",
            a.Factoren.Where(f => f.Met > 0).Select(f => new SvgGrafiek.GestapeldeStaaf($"{f.Label} (n={f.Met})",
            [
                new("goed (4–5)", f.GoedMet, RapportOpmaak.Goed),
                new("matig (3)", f.MatigMet, RapportOpmaak.Matig),
                new("slecht (1–2)", f.SlechtMet, RapportOpmaak.Slecht),
            ])).ToList()));
        sb.Append(RapportOpmaak.Tabel("Factoren: hoe vaak, met welke uitkomst en hoe zeker",
            ["Factor", "Genoemd als helpend / remmend", "Met factor (n)", "Goed", "Slecht", "Aandeel goed (95%)", "Gem. met", "Gem. zonder", "Verschil (95%-interval)", "Oordeel"],
            a.Factoren.Select(f => (IReadOnlyList<string>)
            [
                $"{E(f.Label)}<br><code>{E(f.Code)}</code>",
                $"{Getal(f.KeerAlsSuccesfactor)} / {Getal(f.KeerAlsBelemmering)}",
                Getal(f.Met),
                Getal(f.GoedMet),
                Getal(f.SlechtMet),
                f.Met == 0 ? "–" : $"{Procent(f.AandeelGoedMet)} ({Html.Interval(f.AandeelGoedMetInterval, procent: true)})",
                Getal(f.GemiddeldMet),
                Getal(f.GemiddeldZonder),
                f.VerschilInterval is null ? "–" : $"{(f.Verschil > 0 ? "+" : "")}{Getal(f.Verschil)} ({Html.Interval(f.VerschilInterval)})",
                $"<span class=\"oordeel {f.Oordeel.ToString().ToLowerInvariant()}\">{E(f.OordeelTekst)}</span>",
            ])));
        sb.Append("</section>");

        sb.Append("<section><h2 class=\"utrecht-heading-2\">Per thema en per type buurt</h2>");
        sb.Append("<p class=\"utrecht-paragraph\">Binnen een thema of type buurt zijn de aantallen nog kleiner; de intervallen laten zien hoe weinig zeker een aandeel dan is. Buurttype naar SES-score (derden van alle buurten) en naar aandeel corporatiewoningen.</p>");
        sb.Append(SvgGrafiek.Staven("Gemiddelde uitkomst per thema", a.PerThema.Select(t => new SvgGrafiek.Staaf($"{t.Naam} (n={t.Aantal})", t.Gemiddeld ?? 0)).ToList()));
        sb.Append(GroepTabel("Uitkomsten per thema", a.PerThema));
        sb.Append(GroepTabel("Uitkomsten per sociaaleconomisch type buurt", a.PerSesGroep));
        sb.Append(GroepTabel("Uitkomsten naar aandeel corporatiewoningen", a.PerCorporatieGroep));
        sb.Append("</section>");

        sb.Append("<section><h2 class=\"utrecht-heading-2\">Leerpunten in de woorden van de medewerkers</h2>");
        sb.Append("<p class=\"utrecht-paragraph\">Per factor de leerpunten van de interventies waarbij die factor is gecodeerd, ongewijzigd overgenomen (ook van lopende interventies).</p>");
        foreach (var groep in a.Leerpunten)
        {
            sb.Append($"<h3 class=\"utrecht-heading-3\">{E(groep.Label)} <small>({Getal(groep.Leerpunten.Count)})</small></h3><ul class=\"utrecht-unordered-list leerpunten\">");
            foreach (var l in groep.Leerpunten)
            {
                sb.Append($"<li><q>{Vrij(l.Tekst)}</q> — {Vrij(l.Titel)}, {(l.Uitkomst is { } u ? $"uitkomst {u}" : "lopend")}</li>");
            }

            sb.Append("</ul>");
        }

        sb.Append("</section>");

        sb.Append("<section><h2 class=\"utrecht-heading-2\">Methode en grenzen</h2><ul class=\"utrecht-unordered-list\">");
        sb.Append("<li>Goed = uitkomst 4 of 5, slecht = 1 of 2, matig = 3. Lopende interventies hebben nog geen uitkomst.</li>");
        sb.Append($"<li>Samenhang: verschil in gemiddelde uitkomst met en zonder de factor. Het 95%-interval komt uit {Getal(Statistiek.BootstrapHerhalingen)} bootstrap-trekkingen met een vaste startwaarde, zodat het rapport bij dezelfde gegevens altijd hetzelfde is. Aandelen hebben een Wilson-interval.</li>");
        sb.Append($"<li>Bij minder dan {FactorAnalyse.MinimumGevallen} interventies met of zonder de factor geven we geen oordeel.</li>");
        sb.Append("<li>Dit zijn samenhangen, geen oorzaken: factoren komen samen voor, medewerkers coderen achteraf en goede interventies krijgen misschien makkelijker een helpende factor toegeschreven.</li>");
        sb.Append("</ul></section>");

        return RapportOpmaak.Pagina(Pad, "Analyse van succesfactoren en leerpunten",
            "Wat werkte en wat remde bij eerdere en lopende interventies op het gebied van burgerparticipatie (resultaat 1 van de opdracht doe-democratie).",
            sb.ToString(), g);
    }

    private static string GroepTabel(string bijschrift, IReadOnlyList<FactorAnalyse.Groep> groepen) =>
        RapportOpmaak.Tabel(bijschrift, ["Groep", "Aantal", "Goed", "Matig", "Slecht", "Gemiddeld", "Aandeel goed (95%)", "Vaakst genoemd bij goede uitkomst"],
            groepen.Select(t => (IReadOnlyList<string>)
            [
                E(t.Naam), Getal(t.Aantal), Getal(t.Goed), Getal(t.Matig), Getal(t.Slecht), Getal(t.Gemiddeld),
                $"{Procent(t.AandeelGoed)} ({Html.Interval(t.AandeelGoedInterval, procent: true)})",
                t.VaakstGenoemdBijGoed.Count == 0 ? "–" : E(string.Join("; ", t.VaakstGenoemdBijGoed)),
            ]));
}
