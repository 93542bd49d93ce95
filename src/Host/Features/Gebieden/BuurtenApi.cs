using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Accounts;
using Participatie.Host.Features.Regels;

namespace Participatie.Host.Features.Gebieden;

/// <summary>Buurten with their indicators, for staff.</summary>
public static class BuurtenApi
{
    public sealed record BuurtResponse(
        string Code,
        string Naam,
        string WijkCode,
        string WijkNaam,
        string GemeenteCode,
        string? Wijkraad,
        int? Peiljaar,
        int? Inwoners,
        int? Huishoudens,
        double? AandeelHuurwoningen,
        double? AandeelCorporatiewoningen,
        double? GemiddeldInkomen,
        double? AandeelUitkeringen,
        double? LeefbaarheidScore,
        double? SesScore,
        double? SesSpreiding,
        double? AandeelLaagOpgeleid,
        double? AandeelMiddelbaarOpgeleid,
        double? AandeelHoogOpgeleid,
        int? AantalBuurthuizen,
        int AantalActieveInitiatieven,
        IReadOnlyList<string> Postcodes,
        IReadOnlyList<string> Woningcorporaties)
    {
        /// <summary>What the buurtselectie rules in use say about this buurt.</summary>
        public SelectieStand? Selectie { get; init; }
    }

    /// <summary>Qualifies or not, rank among the qualifying buurten (1 = highest score) and score, under <see cref="RegelsetVersie"/>.</summary>
    public sealed record SelectieStand(bool Geschikt, int? Rang, double Score, string? RegelsetVersie);

    public static RouteGroupBuilder MapBuurtenApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/buurten").WithTags("Buurten").RequireAuthorization(StaffPolicies.Staff);
        api.MapGet("/", ListAsync);
        api.MapGet("/{code}", GetAsync);
        return api;
    }

    public static async Task<Ok<List<BuurtResponse>>> ListAsync(ParticipatieDbContext db, BuurtSelectie selectie, RegelsetCatalog catalog, string? wijk, string? gemeente, CancellationToken ct)
    {
        var query = db.Buurten.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(wijk))
        {
            query = query.Where(b => b.Wijk!.Code == wijk || b.Wijk.Naam == wijk);
        }

        if (!string.IsNullOrWhiteSpace(gemeente))
        {
            query = query.Where(b => b.Wijk!.Gemeente!.Code == gemeente || b.Wijk.Gemeente.Naam == gemeente);
        }

        return TypedResults.Ok(await MetSelectieAsync(await ProjectAsync(query.OrderBy(b => b.Code), db, ct), selectie, catalog, ct));
    }

    public static async Task<Results<Ok<BuurtResponse>, NotFound>> GetAsync(string code, ParticipatieDbContext db, BuurtSelectie selectie, RegelsetCatalog catalog, CancellationToken ct)
    {
        var found = await ProjectAsync(db.Buurten.AsNoTracking().Where(b => b.Code == code.ToUpperInvariant()), db, ct);
        return found.Count == 1 ? TypedResults.Ok((await MetSelectieAsync(found, selectie, catalog, ct))[0]) : TypedResults.NotFound();
    }

    /// <summary>Adds the verdict of the buurtselectie rules in use; the rank is among all buurten, so all are judged.</summary>
    private static async Task<List<BuurtResponse>> MetSelectieAsync(List<BuurtResponse> buurten, BuurtSelectie selectie, RegelsetCatalog catalog, CancellationToken ct)
    {
        if (catalog.Gepubliceerd(RegelsetCatalog.Buurtselectie) is null)
        {
            return buurten;
        }

        var alle = await selectie.BeoordeelAsync(ct);
        var rangen = BuurtSelectie.Rangen(alle);
        var oordelen = alle.ToDictionary(b => b.Code);
        var versie = catalog.Versie(RegelsetCatalog.Buurtselectie);
        return buurten.Select(b => oordelen.TryGetValue(b.Code, out var o)
            ? b with { Selectie = new SelectieStand(o.Geschikt, rangen.TryGetValue(b.Code, out var r) ? r : null, o.Score, versie) }
            : b).ToList();
    }

    private static async Task<List<BuurtResponse>> ProjectAsync(IQueryable<Buurt> query, ParticipatieDbContext db, CancellationToken ct)
    {
        var actief = InitiatiefStatussen.Actief;
        var rows = await query.Select(b => new
        {
            Buurt = b,
            WijkCode = b.Wijk!.Code,
            WijkNaam = b.Wijk.Naam,
            b.Wijk.Wijkraad,
            GemeenteCode = b.Wijk.Gemeente!.Code,
            Postcodes = b.Postcodes.Select(p => p.Postcode4).ToList(),
            Corporaties = b.CorporatieBezit.Select(c => c.Woningcorporatie!.Naam).ToList(),
            Actief = db.Initiatieven.Count(i => i.BuurtId == b.Id && actief.Contains(i.Status)),
        }).ToListAsync(ct);

        return rows.Select(r => new BuurtResponse(
            r.Buurt.Code, r.Buurt.Naam, r.WijkCode, r.WijkNaam, r.GemeenteCode, r.Wijkraad, r.Buurt.Peiljaar,
            r.Buurt.Inwoners, r.Buurt.Huishoudens, r.Buurt.AandeelHuurwoningen, r.Buurt.AandeelCorporatiewoningen,
            r.Buurt.GemiddeldInkomen, r.Buurt.AandeelUitkeringen, r.Buurt.LeefbaarheidScore, r.Buurt.SesScore,
            r.Buurt.SesSpreiding, r.Buurt.AandeelLaagOpgeleid, r.Buurt.AandeelMiddelbaarOpgeleid, r.Buurt.AandeelHoogOpgeleid,
            r.Buurt.AantalBuurthuizen, r.Actief, r.Postcodes, r.Corporaties)).ToList();
    }
}
