using System.Text;
using static Participatie.Host.Features.Analyse.Html;

namespace Participatie.Host.Features.Analyse;

/// <summary>Report 4: advice to the boards on structural cooperation, with the figures each recommendation rests on.</summary>
public static class AdviesRapport
{
    public const string Pad = "/rapporten/advies";

    public static string Maak(RapportGegevens g)
    {
        var sb = new StringBuilder();
        var w = g.Werkstroom;
        var voorstellen = VoorstelRapport.Voorstellen(g);
        var knelpunt = w.Knelpunten.FirstOrDefault(k => k.NuWachtend > 0) ?? w.Knelpunten.FirstOrDefault();
        var besluit = w.DoorlooptijdPerStap.FirstOrDefault(d => d.Stap == nameof(Domain.InitiatiefStatus.Besluit));
        var teLaat = w.VerlopenTaken.Count;
        var open = w.VerlopenTakenPerRol.Sum(r => r.Open);

        sb.Append("<section><h2 class=\"utrecht-heading-2\">Kerncijfers</h2><ul class=\"utrecht-unordered-list\">");
        sb.Append($"<li>Analyse: {Getal(g.Analyse.Beoordeeld)} beoordeelde interventies, {Getal(g.Analyse.Goed)} met een goede uitkomst ({Procent(g.Analyse.Beoordeeld == 0 ? null : (double)g.Analyse.Goed / g.Analyse.Beoordeeld)}).</li>");
        sb.Append($"<li>Gekozen buurten: {E(string.Join(" en ", g.Gekozen.Select(b => $"{b.Naam} (score {Getal(b.Score)})")))}.</li>");
        sb.Append($"<li>Initiatieven ondersteund: {Getal(w.OndersteuningTotaal.Ondersteund)} van {Getal(w.OndersteuningTotaal.Besloten)} besloten ({Procent(w.OndersteuningTotaal.Aandeel)}, 95%-interval {Html.Interval(w.OndersteuningTotaal.AandeelInterval, procent: true)}).</li>");
        if (knelpunt is not null)
        {
            sb.Append($"<li>Waar het werk het langst wacht: stap ‘{E(VoorstelRapport.StatusNaam(knelpunt.Stap))}’ — {Getal(knelpunt.NuWachtend)} initiatieven wachten nu, mediaan {Getal(knelpunt.MediaanWachttijdNuDagen)} dagen.</li>");
        }

        sb.Append($"<li>Taken: {Getal(open)} open, waarvan {Getal(teLaat)} over de termijn.</li>");
        sb.Append($"<li>Voorgesteld buurtbudget voor de gekozen buurten samen: {E(Bedrag(voorstellen.Sum(v => v.JaarbudgetVoorstel)))} per jaar (gemeente {E(Bedrag(voorstellen.Sum(v => v.GemeenteDeel)))}, corporaties {E(Bedrag(voorstellen.Sum(v => v.CorporatiesDeel)))}).</li>");
        sb.Append("</ul>");
        sb.Append(SvgGrafiek.Staven("Mediane doorlooptijd per routeringsstap (dagen)",
            w.DoorlooptijdPerStap.Select(d => new SvgGrafiek.Staaf(VoorstelRapport.StatusNaam(Enum.Parse<Domain.InitiatiefStatus>(d.Stap)), d.MediaanDagen ?? 0, $"{Getal(d.MediaanDagen)} dagen (n={d.Aantal})")).ToList()));
        sb.Append(SvgGrafiek.Staven("Aandeel ondersteunde initiatieven per thema (van de besloten)",
            w.OndersteuningPerThema.Where(o => o.Besloten > 0).Select(o => new SvgGrafiek.Staaf(o.Groep, (o.Aandeel ?? 0) * 100, $"{Procent(o.Aandeel)} ({o.Ondersteund}/{o.Besloten})")).ToList()));
        sb.Append("</section>");

        sb.Append("<section><h2 class=\"utrecht-heading-2\">Advies</h2><ol class=\"utrecht-ordered-list advies\">");
        Punt(sb, "Maak per buurt één gezamenlijk buurtbudget van gemeente en corporaties",
            "Bewoners putten er zonder ingewikkelde aanvraag uit; gemeente en corporaties leggen het samen in, naar rato van wat bewoners vragen en waar corporaties bij betrokken zijn.",
            [.. voorstellen.Select(v => $"{E(v.BuurtNaam)}: voorgesteld {E(Bedrag(v.JaarbudgetVoorstel))} per jaar (gemeente {E(Bedrag(v.GemeenteDeel))}, corporaties {E(Bedrag(v.CorporatiesDeel))})."),
             Factor(g, "flexibel-budget"), Factor(g, "regels-bureaucratie")]);
        Punt(sb, "Geef elke buurt een vaste contactpersoon die niet wisselt",
            "Wijkcoördinator en corporatieconsulent vormen samen één aanspreekpunt voor bewoners, voor de hele looptijd.",
            [Factor(g, "vaste-contactpersoon"), Factor(g, "wisseling-contactpersoon")]);
        Punt(sb, "Spreek een beslistermijn af en houd die bij",
            "Een besluit over ondersteuning binnen twee weken na het advies; knelpunten worden maandelijks besproken.",
            [besluit is null ? "Nog geen doorlooptijden." : $"De stap ‘Besluit’ duurt nu mediaan {Getal(besluit.MediaanDagen)} dagen (90% binnen {Getal(besluit.P90Dagen)} dagen, n={besluit.Aantal}).",
             knelpunt is null ? "" : $"Het werk wacht het langst bij ‘{E(VoorstelRapport.StatusNaam(knelpunt.Stap))}’: {Getal(knelpunt.NuWachtend)} initiatieven, mediaan {Getal(knelpunt.MediaanWachttijdNuDagen)} dagen.",
             $"{Getal(teLaat)} van {Getal(open)} open taken zijn over de termijn.",
             Factor(g, "snelle-besluitvorming"), Factor(g, "trage-besluitvorming")]);
        Punt(sb, "Laat de regie bij bewoners",
            "Professionals ondersteunen en nemen niet over; waar bewoners een taak niet zelf willen doen, doet de gemeente die op de gewone manier.",
            [Factor(g, "bewoners-aan-zet"), Factor(g, "professional-dominant"),
             $"{Getal(voorstellen.Sum(v => v.OvergenomenDoorGemeente))} initiatieven in de gekozen buurten werden op verzoek van bewoners door de gemeente overgenomen."]);
        Punt(sb, "Leg de rollen van gemeente en corporaties vast in de prestatieafspraken",
            "Wie beslist waarover, wie levert ruimte en materiaal, en hoe huurdersorganisaties meedoen (Herzieningswet).",
            [Factor(g, "onduidelijke-rollen"), Factor(g, "corporatie-betrokken"), Factor(g, "huurdersorganisatie")]);
        Punt(sb, "Volg de samenwerking met dezelfde cijfers",
            "Het dashboard en de open data (doorlooptijden, knelpunten, aandeel ondersteund) worden elk kwartaal aan beide besturen gerapporteerd.",
            [$"Aandeel ondersteund nu {Procent(w.OndersteuningTotaal.Aandeel)} ({Html.Interval(w.OndersteuningTotaal.AandeelInterval, procent: true)}) over {Getal(w.OndersteuningTotaal.Besloten)} besluiten."]);
        sb.Append("</ol></section>");

        sb.Append("<section><h2 class=\"utrecht-heading-2\">Hoe zeker is dit advies?</h2><p class=\"utrecht-paragraph\">");
        sb.Append($"De analyse rust op {Getal(g.Analyse.Beoordeeld)} interventies. Van de {Getal(g.Analyse.Factoren.Count)} factoren is bij {Getal(g.Analyse.Factoren.Count(f => f.Oordeel == Samenhang.Onzeker))} de richting onzeker en komen er {Getal(g.Analyse.Factoren.Count(f => f.Oordeel == Samenhang.TeWeinigGevallen))} te weinig voor voor een oordeel; waar dat zo is steunt het advies op ervaring en de leerpunten, niet op de cijfers. ");
        sb.Append("Samenhang is geen bewijs van oorzaak. Herhaal de analyse na de uitvoering in de twee buurten.</p></section>");

        return RapportOpmaak.Pagina(Pad, "Advies aan de bestuurders: structureel samenwerken",
            "Op welke wijze gemeente en corporaties structureel kunnen samenwerken om de burgerkracht en zelfredzaamheid van huurders en bewoners te vergroten (resultaat 5 van de opdracht), met de cijfers waarop het advies rust.",
            sb.ToString(), g);
    }

    /// <summary>One factor's figures in a sentence, already encoded.</summary>
    public static string Factor(RapportGegevens g, string code)
    {
        var f = g.Analyse.Factoren.FirstOrDefault(x => x.Code == code);
        if (f is null || f.Met == 0)
        {
            return "";
        }

        var aantal = $"{Getal(f.Met)} {(f.Met == 1 ? "interventie" : "interventies")}";
        return f.VerschilInterval is null
            ? $"‘{E(f.Label)}’: {aantal}, {Getal(f.GoedMet)} goed — {E(f.OordeelTekst)} voor een oordeel."
            : $"‘{E(f.Label)}’: {aantal}, {Getal(f.GoedMet)} goed; gemiddelde uitkomst {(f.Verschil > 0 ? "+" : "")}{Getal(f.Verschil)} punt t.o.v. zonder (95%-interval {Html.Interval(f.VerschilInterval)}) — {E(f.OordeelTekst)}.";
    }

    private static void Punt(StringBuilder sb, string titel, string toelichting, IEnumerable<string> onderbouwing)
    {
        sb.Append($"<li><h3 class=\"utrecht-heading-3\">{E(titel)}</h3><p class=\"utrecht-paragraph\">{E(toelichting)}</p><p class=\"utrecht-paragraph onderbouwing-kop\">Waarop gebaseerd:</p><ul class=\"utrecht-unordered-list onderbouwing\">");
        foreach (var regel in onderbouwing.Where(r => r.Length > 0))
        {
            sb.Append($"<li>{regel}</li>");
        }

        sb.Append("</ul></li>");
    }
}
