using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Regels;

/// <summary>Builds the rules' inputs from the domain, so every caller (bot, workflows, editor, reports) feeds them the same way.</summary>
public sealed class RegelInvoerFactory(ParticipatieDbContext db)
{
    public async Task<List<BuurtRegelInvoer>> BuurtenAsync(IQueryable<Buurt>? buurten, CancellationToken ct)
    {
        var actief = InitiatiefStatussen.Actief;
        var rows = await (buurten ?? db.Buurten).AsNoTracking().Select(b => new
        {
            Buurt = b,
            WijkNaam = b.Wijk!.Naam,
            HeeftWijkraad = b.Wijk.Wijkraad != null,
            Actief = db.Initiatieven.Count(i => i.BuurtId == b.Id && actief.Contains(i.Status)),
        }).ToListAsync(ct);
        return rows.Select(r => new BuurtRegelInvoer(
            r.Buurt.Code, r.Buurt.Naam, r.WijkNaam, r.Buurt.Inwoners ?? 0, r.Buurt.Huishoudens ?? 0,
            r.Buurt.AandeelHuurwoningen ?? 0, r.Buurt.AandeelCorporatiewoningen ?? 0, r.Buurt.GemiddeldInkomen ?? 0,
            r.Buurt.AandeelUitkeringen ?? 0, r.Buurt.LeefbaarheidScore ?? 0, r.Buurt.SesScore ?? 0, r.Actief,
            r.Buurt.AantalBuurthuizen ?? 0, r.HeeftWijkraad)).ToList();
    }

    /// <summary>A stored initiative, with what the database knows about the resident, the buurt and earlier grants.</summary>
    public async Task<InitiatiefRegelInvoer> InitiatiefAsync(Initiatief initiatief, CancellationToken ct)
    {
        var buurt = await db.Buurten.AsNoTracking().Include(b => b.Wijk).Include(b => b.CorporatieBezit).SingleAsync(b => b.Id == initiatief.BuurtId, ct);
        var postcode = initiatief.BewonerId is { } bewonerId
            ? await db.Bewoners.AsNoTracking().Where(b => b.Id == bewonerId).Select(b => b.Postcode).SingleOrDefaultAsync(ct)
            : null;
        var jaar = initiatief.IngediendOp.Year;
        var eerder = (await db.Initiatieven.AsNoTracking()
            .Where(i => i.BewonerId == initiatief.BewonerId && i.Id != initiatief.Id && i.Status == InitiatiefStatus.Toegekend)
            .Select(i => new { i.IngediendOp, i.GevraagdBedrag }).ToListAsync(ct))
            .Where(i => i.IngediendOp.Year == jaar).Sum(i => (double)i.GevraagdBedrag);
        return new InitiatiefRegelInvoer
        {
            // Intake asks where the initiative takes place, not where the resident lives: a resident who named a buurt
            // of this gemeente without a postcode is taken to live there; the wijkcoördinator checks it at intake.
            WoontInGemeente = postcode is null || await WoontInGemeenteAsync(postcode, buurt.Wijk!.GemeenteId, ct),
            ReiktVerderDanEigenHuisEnTuin = initiatief.AantalDeelnemers > 1,
            MetOfVoorAndereBewoners = initiatief.AantalDeelnemers > 1 || !string.IsNullOrWhiteSpace(initiatief.VoorWie),
            IsCommercieel = initiatief.IsCommercieel,
            IsPolitiek = initiatief.IsPolitiek,
            IsReligieus = initiatief.IsReligieus,
            GevraagdBedrag = (double)initiatief.GevraagdBedrag,
            EerderOntvangenDitJaar = initiatief.BewonerId is null ? 0 : eerder,
            EigenBijdrageGeld = (double)initiatief.EigenBijdrageGeld,
            EigenBijdrageUren = initiatief.EigenBijdrageUren,
            EigenBijdrageMaterialen = initiatief.EigenBijdrageMaterialen,
            AanvraagDatum = initiatief.IngediendOp,
            StartDatum = initiatief.StartDatum ?? initiatief.IngediendOp.AddMonths(1),
            AantalDeelnemers = initiatief.AantalDeelnemers,
            AantalHandtekeningen = Math.Max(initiatief.AantalHandtekeningen, initiatief.AantalDeelnemers),
            CorporatieBezitBetrokken = initiatief.CorporatieBetrokken && buurt.CorporatieBezit.Count > 0,
            HuurdersBetrokken = initiatief.CorporatieBetrokken,
            CorporatieBetrokken = initiatief.CorporatieBetrokken && buurt.CorporatieBezit.Count > 0,
            HeeftWijkraad = buurt.Wijk!.Wijkraad is not null,
            WilZelfUitvoeren = initiatief.WilZelfUitvoeren,
            Thema = initiatief.Thema.ToString().ToLowerInvariant(),
            BuurtCode = buurt.Code,
            HulpGevraagd = [.. initiatief.GevraagdeHulp],
        };
    }

    /// <summary>Whether a postcode lies in one of the gemeente's buurten (by its four digits).</summary>
    public async Task<bool> WoontInGemeenteAsync(string? postcode, int? gemeenteId, CancellationToken ct)
    {
        var pc4 = new string((postcode ?? "").Where(char.IsAsciiDigit).Take(4).ToArray());
        if (pc4.Length != 4)
        {
            return false;
        }

        return await db.BuurtPostcodes.AnyAsync(p => p.Postcode4 == pc4 && (gemeenteId == null || p.Buurt!.Wijk!.GemeenteId == gemeenteId), ct);
    }

}
