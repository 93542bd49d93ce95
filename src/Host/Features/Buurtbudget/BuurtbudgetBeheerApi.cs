using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Accounts;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>
/// Beleid sets up a round: the budget, when voting is open, the ballot's limits and counting rule, the projects, and
/// the voting codes for the letters. Staff see how many ballots came in, never which code voted what.
/// </summary>
public static class BuurtbudgetBeheerApi
{
    public sealed record RondeRequest(string Naam, string BuurtCode, decimal Budget, DateTime StemmenVanaf, DateTime StemmenTot,
        Telmethode Telmethode = Telmethode.GelijkeDelen, int? MaxProjecten = null, decimal? MaxBedrag = null,
        DateTime? VoorstellenVanaf = null, DateTime? VoorstellenTot = null, DateTime? BeoordelingTot = null,
        DateTime? UitvoeringVanaf = null, DateTime? UitvoeringTot = null, int? MinimumLeeftijd = null,
        int? PuntenPerKiezer = null, int? MaxPuntenPerProject = null);

    public sealed record ProjectRequest(string Titel, string? Omschrijving, decimal Kosten, int? InitiatiefId = null);

    public sealed record StemcodesRequest(int Aantal);

    public sealed record RondeOverzicht(int Id, string Naam, string Buurt, decimal Budget, DateTime StemmenVanaf, DateTime StemmenTot,
        string Telmethode, int Projecten, int Stemcodes, int Stemmen, string Fase, int? PuntenPerKiezer = null, int? MaxPuntenPerProject = null);

    /// <summary>One print run at most: larger areas generate in batches.</summary>
    public const int MaxStemcodes = 100_000;

    public static RouteGroupBuilder MapBuurtbudgetBeheerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/buurtbudget/rondes").WithTags("Buurtbudget").RequireAuthorization(StaffPolicies.Beleid);
        api.MapGet("/", ListAsync);
        api.MapPost("/", CreateAsync);
        api.MapPost("/{id:int}/projecten", AddProjectAsync);
        api.MapPost("/{id:int}/stemcodes", CodesAsync);
        return api;
    }

    public static async Task<Ok<List<RondeOverzicht>>> ListAsync(ParticipatieDbContext db, CancellationToken ct)
    {
        var rondes = await db.BuurtbudgetRondes.AsNoTracking().OrderByDescending(r => r.StemmenVanaf)
            .Select(r => new RondeOverzicht(r.Id, r.Naam, r.Buurt!.Naam, r.Budget, r.StemmenVanaf, r.StemmenTot, r.Telmethode.ToString(),
                r.Projecten.Count, db.Stemcodes.Count(c => c.RondeId == r.Id), db.Stembiljetten.Count(b => b.RondeId == r.Id), r.Fase.ToString(),
                r.PuntenPerKiezer, r.MaxPuntenPerProject))
            .ToListAsync(ct);
        return TypedResults.Ok(rondes);
    }

    public static async Task<Results<Created<BuurtbudgetStemApi.RondeResponse>, ValidationProblem>> CreateAsync(
        RondeRequest request, BuurtbudgetService service, TimeProvider clock, CancellationToken ct)
    {
        var uitkomst = await service.MaakRondeAsync(new BuurtbudgetService.NieuweRonde(request.Naam, request.BuurtCode, request.Budget,
            request.StemmenVanaf, request.StemmenTot, request.Telmethode, request.MaxProjecten, request.MaxBedrag)
        {
            VoorstellenVanaf = request.VoorstellenVanaf,
            VoorstellenTot = request.VoorstellenTot,
            BeoordelingTot = request.BeoordelingTot,
            UitvoeringVanaf = request.UitvoeringVanaf,
            UitvoeringTot = request.UitvoeringTot,
            MinimumLeeftijd = request.MinimumLeeftijd,
            PuntenPerKiezer = request.PuntenPerKiezer,
            MaxPuntenPerProject = request.MaxPuntenPerProject,
        }, ct);
        if (!uitkomst.Gelukt)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ronde"] = [.. uitkomst.Fouten] });
        }

        var ronde = uitkomst.Waarde!;
        return TypedResults.Created($"/api/buurtbudget/{ronde.Id}", BuurtbudgetStemApi.Response(ronde, clock));
    }

    public static async Task<Results<Created<BuurtbudgetStemApi.ProjectResponse>, ValidationProblem, NotFound>> AddProjectAsync(
        int id, ProjectRequest request, BuurtbudgetService service, CancellationToken ct)
    {
        var uitkomst = await service.VoegProjectToeAsync(id, new BuurtbudgetService.NieuwProject(request.Titel, request.Omschrijving, request.Kosten, request.InitiatiefId), ct);
        if (uitkomst is null)
        {
            return TypedResults.NotFound();
        }

        if (!uitkomst.Gelukt)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["project"] = [.. uitkomst.Fouten] });
        }

        var p = uitkomst.Waarde!;
        return TypedResults.Created($"/api/buurtbudget/{id}", new BuurtbudgetStemApi.ProjectResponse(p.Code, p.Titel, p.Omschrijving, p.Kosten));
    }

    /// <summary>The codes as CSV for the print shop, once: only their hashes are kept.</summary>
    public static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> CodesAsync(
        int id, StemcodesRequest request, BuurtbudgetService service, HttpContext context, CancellationToken ct)
    {
        if (request.Aantal is < 1 or > MaxStemcodes)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["aantal"] = [$"Vraag 1 tot {MaxStemcodes} stemcodes tegelijk aan."] });
        }

        var codes = await service.MaakStemcodesAsync(id, request.Aantal, ct);
        if (codes is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "no-store";
        var csv = "stemcode\n" + string.Concat(codes.Select(c => c + "\n"));
        return TypedResults.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"stemcodes-ronde-{id}.csv");
    }
}
