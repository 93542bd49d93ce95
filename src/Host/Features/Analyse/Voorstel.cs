using Participatie.Host.Domain;

namespace Participatie.Host.Features.Analyse;

/// <summary>
/// What municipality and corporations could contribute to residents' ideas in one buurt, worked out from
/// the initiatives recorded there and what was decided about them. Pure.
/// </summary>
public static class Voorstel
{
    /// <summary>Initiatives submitted within this many days count towards the proposed yearly budget.</summary>
    public const int BudgetPeriodeDagen = 365;

    /// <summary>Share corporations pay of ideas their tenants or property are involved in; the municipality pays the rest and all other ideas.</summary>
    public const decimal CorporatieAandeel = 0.5m;

    /// <summary>One kind of help (<see cref="Hulpsoort.Code"/>): how often it was asked for here, who provides it and how.</summary>
    public sealed record Hulp(string Soort, string Omschrijving, int Gevraagd, string Wie, string Bijdrage);

    public sealed record CorporatieDeel(string Corporatie, int AantalWoningen, decimal Bedrag);

    public sealed record Buurtvoorstel(
        string BuurtCode,
        string BuurtNaam,
        int Initiatieven,
        IReadOnlyDictionary<InitiatiefStatus, int> PerStatus,
        IReadOnlyDictionary<Thema, int> PerThema,
        int Besloten,
        int Ondersteund,
        int Afgewezen,
        int OvergenomenDoorGemeente,
        double? MediaanDagenTotBesluit,
        decimal GevraagdTotaal,
        decimal GevraagdOndersteund,
        decimal EigenBijdrageGeld,
        int EigenBijdrageUren,
        int MetMaterialen,
        decimal JaarbudgetVoorstel,
        decimal GemeenteDeel,
        decimal CorporatiesDeel,
        IReadOnlyList<CorporatieDeel> PerCorporatie,
        IReadOnlyList<Hulp> Hulp);

    public static Buurtvoorstel Bereken(string buurtCode, string buurtNaam, IReadOnlyList<Werkstroom.InitiatiefFeit> alle, IReadOnlyList<AnalyseGegevens.Bezit> bezit, DateTime nu, IReadOnlyList<Hulpsoort> hulpsoorten)
    {
        var hier = alle.Where(i => i.BuurtCode == buurtCode).ToList();
        var corporaties = bezit.Where(b => b.BuurtCode == buurtCode).ToList();
        var recent = hier.Where(i => (nu - i.IngediendOp).TotalDays <= BudgetPeriodeDagen
            && i.Status is not (InitiatiefStatus.Afgewezen or InitiatiefStatus.Ingetrokken or InitiatiefStatus.OvergenomenDoorGemeente)).ToList();
        var jaarbudget = RondAf(recent.Sum(i => i.GevraagdBedrag));
        var corporatieDeel = corporaties.Count == 0 ? 0 : RondAf(recent.Where(i => i.CorporatieBetrokken).Sum(i => i.GevraagdBedrag) * CorporatieAandeel);
        var woningen = corporaties.Sum(c => c.AantalWoningen);
        var perCorporatie = corporaties
            .Select(c => new CorporatieDeel(c.Corporatie, c.AantalWoningen, woningen == 0 ? 0 : Math.Round(corporatieDeel * c.AantalWoningen / woningen, 0)))
            .ToList();

        var totBesluit = hier.Select(i =>
            {
                var ingediend = i.Historie.FirstOrDefault(h => h.Status == InitiatiefStatus.Ingediend)?.Op ?? i.IngediendOp;
                var besluit = i.Historie.FirstOrDefault(h => h.Status is InitiatiefStatus.Toegekend or InitiatiefStatus.Afgewezen)?.Op;
                return besluit is { } b ? (double?)(b - ingediend).TotalDays : null;
            })
            .Where(d => d is not null).Select(d => d!.Value).ToList();

        var corporatieNamen = corporaties.Select(c => c.Corporatie).ToList();
        var hulp = hulpsoorten
            .Select(soort => new Hulp(soort.Code, soort.NaamNl, hier.Count(i => i.Hulp.Contains(soort.Code)),
                soort.Voorstel.WieVoor(corporatieNamen), soort.Voorstel.AanpakVoor(corporatieNamen)))
            .ToList();

        return new Buurtvoorstel(
            buurtCode,
            buurtNaam,
            hier.Count,
            hier.GroupBy(i => i.Status).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            hier.GroupBy(i => i.Thema).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            hier.Count(i => i.IsBesloten),
            hier.Count(i => i.IsOndersteund),
            hier.Count(i => i.Historie.Any(h => h.Status == InitiatiefStatus.Afgewezen)),
            hier.Count(i => i.Status == InitiatiefStatus.OvergenomenDoorGemeente),
            Statistiek.Mediaan(totBesluit) is { } m ? Math.Round(m, 1) : null,
            hier.Sum(i => i.GevraagdBedrag),
            hier.Where(i => i.IsOndersteund).Sum(i => i.GevraagdBedrag),
            hier.Sum(i => i.EigenBijdrageGeld),
            hier.Sum(i => i.EigenBijdrageUren),
            hier.Count(i => i.EigenBijdrageMaterialen),
            jaarbudget,
            jaarbudget - corporatieDeel,
            corporatieDeel,
            perCorporatie,
            hulp);
    }

    /// <summary>Rounded up to a hundred euros: a budget, not a bill.</summary>
    private static decimal RondAf(decimal bedrag) => Math.Ceiling(bedrag / 100m) * 100m;
}
