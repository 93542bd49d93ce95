using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Analyse;

/// <summary>
/// The EF queries behind the analysis, dashboards, reports and open data. It reads only what the
/// figures need: never a resident's name, e-mail, phone or postcode, nor free text residents wrote.
/// </summary>
public sealed class AnalyseGegevens(ParticipatieDbContext db)
{
    public sealed record Stand(int Buurten, int Interventies, int Initiatieven, int Taken, DateTime? LaatsteWijziging);

    public sealed record Bezit(string BuurtCode, string Corporatie, int AantalWoningen);

    public async Task<IReadOnlyList<FactorAnalyse.Geval>> InterventiesAsync(CancellationToken ct)
    {
        var buurten = await db.Buurten.AsNoTracking().Select(b => new { b.Id, b.SesScore, b.AandeelCorporatiewoningen }).ToListAsync(ct);
        var (laag, hoog) = Tercielen(buurten.Where(b => b.SesScore is not null).Select(b => b.SesScore!.Value).ToList());
        var rows = await db.Interventies.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        var perBuurt = buurten.ToDictionary(b => b.Id);
        return rows.Select(i =>
        {
            var buurt = perBuurt.GetValueOrDefault(i.BuurtId);
            return new FactorAnalyse.Geval(i.Id, i.Titel, i.Thema, SesGroep(buurt?.SesScore, laag, hoog),
                CorporatieGroep(buurt?.AandeelCorporatiewoningen), i.Uitkomst, i.Succesfactoren, i.Belemmeringen, i.Leerpunten);
        }).ToList();
    }

    public async Task<IReadOnlyList<Werkstroom.InitiatiefFeit>> InitiatievenAsync(CancellationToken ct)
    {
        var rows = await db.Initiatieven.AsNoTracking().OrderBy(i => i.Id).Select(i => new
        {
            i.Id,
            BuurtCode = i.Buurt!.Code,
            BuurtNaam = i.Buurt.Naam,
            i.Thema,
            i.Status,
            i.IngediendOp,
            i.GevraagdeHulp,
            i.GevraagdBedrag,
            i.EigenBijdrageGeld,
            i.EigenBijdrageUren,
            i.EigenBijdrageMaterialen,
            i.CorporatieBetrokken,
            i.WilZelfUitvoeren,
        }).ToListAsync(ct);
        var historie = (await db.InitiatiefStatusWijzigingen.AsNoTracking().Select(h => new { h.InitiatiefId, h.Status, h.Op }).ToListAsync(ct))
            .GroupBy(h => h.InitiatiefId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Werkstroom.StatusMoment>)g.OrderBy(h => h.Op).Select(h => new Werkstroom.StatusMoment(h.Status, h.Op)).ToList());
        return rows.Select(i => new Werkstroom.InitiatiefFeit(i.Id, i.BuurtCode, i.BuurtNaam, i.Thema, i.Status, i.IngediendOp,
            historie.GetValueOrDefault(i.Id) ?? [], i.GevraagdeHulp, i.GevraagdBedrag, i.EigenBijdrageGeld, i.EigenBijdrageUren,
            i.EigenBijdrageMaterialen, i.CorporatieBetrokken, i.WilZelfUitvoeren)).ToList();
    }

    public async Task<IReadOnlyList<Werkstroom.TaakFeit>> TakenAsync(CancellationToken ct) =>
        (await db.Taken.AsNoTracking().OrderBy(t => t.Id).Select(t => new
        {
            t.Id,
            t.Rol,
            BuurtCode = t.Buurt != null ? t.Buurt.Code : null,
            BuurtNaam = t.Buurt != null ? t.Buurt.Naam : null,
            t.AangemaaktOp,
            t.VervalDatum,
            t.Status,
            t.AfgerondOp,
            t.Uitkomst,
        }).ToListAsync(ct))
        .Select(t => new Werkstroom.TaakFeit(t.Id, t.Rol, t.BuurtCode, t.BuurtNaam, t.AangemaaktOp, t.VervalDatum, t.Status, t.AfgerondOp, t.Uitkomst))
        .ToList();

    public async Task<IReadOnlyList<Bezit>> CorporatieBezitAsync(CancellationToken ct) =>
        (await db.CorporatieBezit.AsNoTracking().Select(c => new { c.Buurt!.Code, c.Woningcorporatie!.Naam, c.AantalWoningen }).ToListAsync(ct))
        .Select(c => new Bezit(c.Code, c.Naam, c.AantalWoningen))
        .OrderBy(c => c.BuurtCode, StringComparer.Ordinal).ThenByDescending(c => c.AantalWoningen)
        .ToList();

    /// <summary>The buurten the latest programme recorded as selected, best first; empty when none recorded yet.</summary>
    public async Task<IReadOnlyList<string>> VastgelegdeSelectieAsync(CancellationToken ct)
    {
        var programmaId = await db.ProgrammaBuurten.AsNoTracking().OrderByDescending(p => p.ProgrammaId).Select(p => (int?)p.ProgrammaId).FirstOrDefaultAsync(ct);
        return programmaId is null
            ? []
            : await db.ProgrammaBuurten.AsNoTracking().Where(p => p.ProgrammaId == programmaId).OrderBy(p => p.Rang).Select(p => p.Buurt!.Code).ToListAsync(ct);
    }

    public async Task<Stand> StandAsync(CancellationToken ct)
    {
        var laatsteStatus = await db.InitiatiefStatusWijzigingen.AsNoTracking().OrderByDescending(h => h.Op).Select(h => (DateTime?)h.Op).FirstOrDefaultAsync(ct);
        var laatsteTaak = await db.Taken.AsNoTracking().OrderByDescending(t => t.AangemaaktOp).Select(t => (DateTime?)t.AangemaaktOp).FirstOrDefaultAsync(ct);
        DateTime? laatste = laatsteStatus is null ? laatsteTaak : laatsteTaak is null ? laatsteStatus : laatsteStatus > laatsteTaak ? laatsteStatus : laatsteTaak;
        return new Stand(
            await db.Buurten.CountAsync(ct),
            await db.Interventies.CountAsync(ct),
            await db.Initiatieven.CountAsync(ct),
            await db.Taken.CountAsync(ct),
            laatste);
    }

    /// <summary>The values at one and two thirds: buurten at or below the first are "laag", above the second "hoog".</summary>
    public static (double Laag, double Hoog) Tercielen(IReadOnlyCollection<double> waarden) =>
        waarden.Count == 0 ? (0, 0) : (Statistiek.Percentiel(waarden, 1.0 / 3)!.Value, Statistiek.Percentiel(waarden, 2.0 / 3)!.Value);

    public static string SesGroep(double? ses, double laag, double hoog) => ses switch
    {
        null => "SES onbekend",
        var s when s <= laag => "SES laag (onderste derde)",
        var s when s > hoog => "SES hoog (bovenste derde)",
        _ => "SES midden",
    };

    public static string CorporatieGroep(double? aandeel) => aandeel switch
    {
        null => "corporatiebezit onbekend",
        >= 30 => "30% of meer corporatiewoningen",
        _ => "minder dan 30% corporatiewoningen",
    };
}
