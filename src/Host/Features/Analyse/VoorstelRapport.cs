using System.Text;
using Participatie.Host.Domain;
using static Participatie.Host.Features.Analyse.Html;

namespace Participatie.Host.Features.Analyse;

/// <summary>Report 3: what municipality and corporations contribute to residents' ideas in the selected buurten.</summary>
public static class VoorstelRapport
{
    public const string Pad = "/rapporten/voorstel";

    public static IReadOnlyList<Voorstel.Buurtvoorstel> Voorstellen(RapportGegevens g) =>
        g.Gekozen.Select(b => Voorstel.Bereken(b.Code, b.Naam, g.Initiatieven, g.Bezit, g.Peilmoment, g.Hulpsoorten)).ToList();

    public static string Maak(RapportGegevens g)
    {
        var sb = new StringBuilder();
        var voorstellen = Voorstellen(g);
        var helpend = g.Analyse.Factoren.Where(f => f.Oordeel == Samenhang.Beter).Select(f => f.Label).ToList();

        sb.Append("<section><h2 class=\"utrecht-heading-2\">Uitgangspunten</h2><ul class=\"utrecht-unordered-list\">");
        sb.Append("<li>Bewoners nemen het voortouw; gemeente en corporaties leveren wat de bewoners vragen (‘zorgen voor’ in plaats van ‘zorgen dat’).</li>");
        sb.Append($"<li>De bijdragen volgen uit de initiatieven die bewoners in deze buurten hebben ingediend en de besluiten daarover. Het voorgestelde buurtbudget is de som van de gevraagde bedragen van de initiatieven van de afgelopen {Voorstel.BudgetPeriodeDagen} dagen die niet zijn afgewezen, ingetrokken of door de gemeente overgenomen, naar boven afgerond op € 100.</li>");
        sb.Append("<li>Corporaties betalen de helft van de initiatieven waar hun huurders of bezit bij betrokken zijn, onderling verdeeld naar hun aantal woningen in de buurt; de gemeente betaalt de rest.</li>");
        if (helpend.Count > 0)
        {
            sb.Append($"<li>Uit de analyse (rapport 1) gaan deze factoren duidelijk samen met betere uitkomsten; het voorstel bouwt erop: {E(string.Join("; ", helpend))}.</li>");
        }

        sb.Append("</ul></section>");

        if (voorstellen.Count == 0)
        {
            sb.Append("<p class=\"utrecht-paragraph\"><strong>Er zijn geen buurten geselecteerd, dus er is nog geen voorstel.</strong></p>");
        }

        foreach (var v in voorstellen)
        {
            sb.Append($"<section class=\"buurtvoorstel\"><h2 class=\"utrecht-heading-2\">{E(v.BuurtNaam)} ({E(v.BuurtCode)})</h2>");
            sb.Append("<h3 class=\"utrecht-heading-3\">Wat bewoners vragen en wat er besloten is</h3><ul class=\"utrecht-unordered-list\">");
            sb.Append($"<li>{Getal(v.Initiatieven)} initiatieven van bewoners; over {Getal(v.Besloten)} is besloten: {Getal(v.Ondersteund)} ondersteund, {Getal(v.Afgewezen)} afgewezen.</li>");
            sb.Append($"<li>Mediane tijd van indienen tot besluit: {(v.MediaanDagenTotBesluit is null ? "nog geen besluiten" : Getal(v.MediaanDagenTotBesluit) + " dagen")}.</li>");
            sb.Append($"<li>Gevraagd in totaal {E(Bedrag(v.GevraagdTotaal))}, waarvan {E(Bedrag(v.GevraagdOndersteund))} bij ondersteunde initiatieven.</li>");
            sb.Append($"<li>Eigen bijdrage van bewoners: {E(Bedrag(v.EigenBijdrageGeld))} in geld, {Getal(v.EigenBijdrageUren)} uur, en bij {Getal(v.MetMaterialen)} initiatieven eigen materiaal.</li>");
            if (v.OvergenomenDoorGemeente > 0)
            {
                sb.Append($"<li>{Getal(v.OvergenomenDoorGemeente)} keer wilden bewoners het niet zelf doen; de gemeente voert die verzoeken op de gewone manier uit.</li>");
            }

            sb.Append("</ul>");
            sb.Append(SvgGrafiek.Staven($"Gevraagde ondersteuning in {v.BuurtNaam} (aantal initiatieven)",
                v.Hulp.Select(h => new SvgGrafiek.Staaf(h.Omschrijving, h.Gevraagd, Getal(h.Gevraagd))).ToList()));
            sb.Append(SvgGrafiek.Staven($"Initiatieven in {v.BuurtNaam} per status",
                v.PerStatus.Select(s => new SvgGrafiek.Staaf(StatusNaam(s.Key), s.Value, Getal(s.Value))).ToList()));
            sb.Append(RapportOpmaak.Tabel($"Ideeën van bewoners in {v.BuurtNaam} per thema", ["Thema", "Aantal initiatieven"],
                v.PerThema.Select(t => (IReadOnlyList<string>)[E(t.Key.ToString()), Getal(t.Value)])));

            sb.Append("<h3 class=\"utrecht-heading-3\">Voorstel: wie levert wat</h3>");
            sb.Append($"<p class=\"utrecht-paragraph\"><strong>Buurtbudget: {E(Bedrag(v.JaarbudgetVoorstel))} per jaar</strong>, waarvan gemeente {E(Bedrag(v.GemeenteDeel))} en corporaties {E(Bedrag(v.CorporatiesDeel))}.</p>");
            if (v.PerCorporatie.Count > 0)
            {
                sb.Append(RapportOpmaak.Tabel($"Aandeel per corporatie in {v.BuurtNaam}", ["Corporatie", "Woningen in de buurt", "Bijdrage per jaar"],
                    v.PerCorporatie.Select(c => (IReadOnlyList<string>)[E(c.Corporatie), Getal(c.AantalWoningen), E(Bedrag(c.Bedrag))])));
            }

            sb.Append(RapportOpmaak.Tabel($"Bijdragen aan de ideeën in {v.BuurtNaam}", ["Soort hulp", "Gevraagd door (initiatieven)", "Wie levert", "Voorstel"],
                v.Hulp.Select(h => (IReadOnlyList<string>)[E(h.Omschrijving), Getal(h.Gevraagd), E(h.Wie), E(h.Bijdrage)])));
            sb.Append("</section>");
        }

        return RapportOpmaak.Pagina(Pad, "Voorstel: bijdragen van gemeente en corporaties",
            "Hoe gemeente en corporaties kunnen leveren aan de realisatie van de ideeën van huurders en bewoners in de geselecteerde buurten (resultaat 4 van de opdracht).",
            sb.ToString(), g);
    }

    public static string StatusNaam(InitiatiefStatus status) => status switch
    {
        InitiatiefStatus.Ingediend => "Ingediend",
        InitiatiefStatus.InBehandeling => "In behandeling",
        InitiatiefStatus.Advies => "Advies",
        InitiatiefStatus.Besluit => "Besluit",
        InitiatiefStatus.Toegekend => "Toegekend",
        InitiatiefStatus.Afgewezen => "Afgewezen",
        InitiatiefStatus.InUitvoering => "In uitvoering",
        InitiatiefStatus.Afgerond => "Afgerond",
        InitiatiefStatus.Ingetrokken => "Ingetrokken",
        InitiatiefStatus.OvergenomenDoorGemeente => "Overgenomen door gemeente",
        _ => status.ToString(),
    };
}
