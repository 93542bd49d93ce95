using Participatie.Host.Domain;

namespace Participatie.Host.Features.Analyse;

/// <summary>
/// Workbench figures from initiatives, their status history and tasks: initiatives per buurt and status,
/// lead time per routing step, where work waits longest, overdue tasks and the share of initiatives
/// supported. Pure: plain facts in, figures out.
/// </summary>
public static class Werkstroom
{
    /// <summary>The statuses in which an initiative waits for the organisation (not for the residents).</summary>
    public static readonly IReadOnlyList<InitiatiefStatus> RouteringsStappen =
        [InitiatiefStatus.Ingediend, InitiatiefStatus.InBehandeling, InitiatiefStatus.Advies, InitiatiefStatus.Besluit];

    public sealed record StatusMoment(InitiatiefStatus Status, DateTime Op);

    public sealed record InitiatiefFeit(
        int Id,
        string BuurtCode,
        string BuurtNaam,
        Thema Thema,
        InitiatiefStatus Status,
        DateTime IngediendOp,
        IReadOnlyList<StatusMoment> Historie,
        IReadOnlyList<string> Hulp,
        decimal GevraagdBedrag,
        decimal EigenBijdrageGeld,
        int EigenBijdrageUren,
        bool EigenBijdrageMaterialen,
        bool CorporatieBetrokken,
        bool WilZelfUitvoeren)
    {
        public bool IsBesloten => Historie.Any(h => h.Status is InitiatiefStatus.Toegekend or InitiatiefStatus.Afgewezen);

        public bool IsOndersteund => Historie.Any(h => h.Status == InitiatiefStatus.Toegekend);
    }

    public sealed record TaakFeit(int Id, string Rol, string? BuurtCode, string? BuurtNaam, DateTime AangemaaktOp, DateTime VervalDatum, TaakStatus Status, DateTime? AfgerondOp, string? Uitkomst);

    public sealed record BuurtStatusAantal(string BuurtCode, string BuurtNaam, InitiatiefStatus Status, int Aantal);

    public sealed record Doorlooptijd(string Stap, int Aantal, double? MediaanDagen, double? GemiddeldDagen, double? P90Dagen, double? AandeelOpTijd);

    public sealed record Knelpunt(InitiatiefStatus Stap, int NuWachtend, double? MediaanWachttijdNuDagen, double? LangsteWachttijdNuDagen, double? MediaanDoorlooptijdDagen);

    public sealed record VerlopenPerRol(string Rol, int Open, int TeLaat, double? OudsteDagenTeLaat);

    public sealed record VerlopenTaak(int TaakId, string Rol, string? BuurtNaam, DateTime VervalDatum, double DagenTeLaat);

    public sealed record Ondersteuning(string Groep, int Besloten, int Ondersteund, double? Aandeel, Interval? AandeelInterval);

    public sealed record Overzicht(
        DateTime Peilmoment,
        int AantalInitiatieven,
        IReadOnlyList<BuurtStatusAantal> PerBuurtEnStatus,
        IReadOnlyList<Doorlooptijd> DoorlooptijdPerStap,
        IReadOnlyList<Doorlooptijd> DoorlooptijdPerTaakrol,
        IReadOnlyList<Knelpunt> Knelpunten,
        IReadOnlyList<VerlopenPerRol> VerlopenTakenPerRol,
        IReadOnlyList<VerlopenTaak> VerlopenTaken,
        Ondersteuning OndersteuningTotaal,
        IReadOnlyList<Ondersteuning> OndersteuningPerThema);

    public static Overzicht Bereken(IReadOnlyList<InitiatiefFeit> initiatieven, IReadOnlyList<TaakFeit> taken, DateTime nu)
    {
        var perBuurt = initiatieven
            .GroupBy(i => (i.BuurtCode, i.BuurtNaam, i.Status))
            .OrderBy(g => g.Key.BuurtCode, StringComparer.Ordinal).ThenBy(g => g.Key.Status)
            .Select(g => new BuurtStatusAantal(g.Key.BuurtCode, g.Key.BuurtNaam, g.Key.Status, g.Count()))
            .ToList();

        var stapDuren = StapDuren(initiatieven);
        var perStap = RouteringsStappen
            .Select(s => Samenvat(s.ToString(), stapDuren.Where(d => d.Stap == s).Select(d => d.Dagen).ToList(), null))
            .ToList();

        var afgerond = taken.Where(t => t.Status == TaakStatus.Afgerond && t.AfgerondOp is not null).ToList();
        var perRol = afgerond.GroupBy(t => t.Rol, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Samenvat(g.Key, g.Select(t => (t.AfgerondOp!.Value - t.AangemaaktOp).TotalDays).ToList(),
                (double)g.Count(t => t.AfgerondOp <= t.VervalDatum) / g.Count()))
            .ToList();

        var knelpunten = RouteringsStappen.Select(stap =>
            {
                var wachtend = initiatieven.Where(i => i.Status == stap)
                    .Select(i => (nu - (i.Historie.Count > 0 ? i.Historie.Max(h => h.Op) : i.IngediendOp)).TotalDays)
                    .ToList();
                return new Knelpunt(stap, wachtend.Count, Statistiek.Mediaan(wachtend), wachtend.Count == 0 ? null : wachtend.Max(),
                    Statistiek.Mediaan(stapDuren.Where(d => d.Stap == stap).Select(d => d.Dagen)));
            })
            .OrderByDescending(k => k.MediaanWachttijdNuDagen ?? -1).ThenByDescending(k => k.MediaanDoorlooptijdDagen ?? -1)
            .ToList();

        var open = taken.Where(t => t.Status == TaakStatus.Open).ToList();
        var verlopen = open.Where(t => t.VervalDatum < nu)
            .Select(t => new VerlopenTaak(t.Id, t.Rol, t.BuurtNaam, t.VervalDatum, Math.Round((nu - t.VervalDatum).TotalDays, 1)))
            .OrderByDescending(t => t.DagenTeLaat).ThenBy(t => t.TaakId)
            .ToList();
        var verlopenPerRol = open.GroupBy(t => t.Rol, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var teLaat = verlopen.Where(v => v.Rol == g.Key).ToList();
                return new VerlopenPerRol(g.Key, g.Count(), teLaat.Count, teLaat.Count == 0 ? null : teLaat.Max(v => v.DagenTeLaat));
            })
            .ToList();

        return new Overzicht(
            nu,
            initiatieven.Count,
            perBuurt,
            perStap,
            perRol,
            knelpunten,
            verlopenPerRol,
            verlopen,
            Steun("Alle initiatieven", initiatieven),
            initiatieven.GroupBy(i => i.Thema).OrderBy(g => g.Key).Select(g => Steun(g.Key.ToString(), g.ToList())).ToList());
    }

    /// <summary>Time spent in each status, from one dated change to the next.</summary>
    public static IReadOnlyList<(InitiatiefStatus Stap, double Dagen)> StapDuren(IEnumerable<InitiatiefFeit> initiatieven)
    {
        var duren = new List<(InitiatiefStatus, double)>();
        foreach (var initiatief in initiatieven)
        {
            var historie = initiatief.Historie.OrderBy(h => h.Op).ToList();
            for (var i = 0; i + 1 < historie.Count; i++)
            {
                duren.Add((historie[i].Status, (historie[i + 1].Op - historie[i].Op).TotalDays));
            }
        }

        return duren;
    }

    public static Ondersteuning Steun(string groep, IReadOnlyCollection<InitiatiefFeit> initiatieven)
    {
        var besloten = initiatieven.Count(i => i.IsBesloten);
        var ondersteund = initiatieven.Count(i => i.IsOndersteund);
        return new Ondersteuning(groep, besloten, ondersteund, besloten == 0 ? null : (double)ondersteund / besloten, Statistiek.Wilson(ondersteund, besloten));
    }

    private static Doorlooptijd Samenvat(string stap, IReadOnlyCollection<double> dagen, double? opTijd) =>
        new(stap, dagen.Count, Rond(Statistiek.Mediaan(dagen)), Rond(Statistiek.Gemiddelde(dagen)), Rond(Statistiek.Percentiel(dagen, 0.9)), opTijd);

    private static double? Rond(double? waarde) => waarde is { } w ? Math.Round(w, 1) : null;
}
