using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participatie.Buurtbudget.Counting;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>
/// What residents reach without an account: a round and its ballot, casting a ballot with the code from their letter,
/// and after voting closes the result with the reason for every project, and the anonymous ballots as a pabulib file.
/// </summary>
public static class BuurtbudgetStemApi
{
    public const string RateLimitPolicy = "buurtbudget-stemmen";

    public sealed record ProjectResponse(string Code, string Titel, string? Omschrijving, decimal Kosten);

    public sealed record RondeResponse(int Id, string Naam, string? Buurt, decimal Budget, DateTime StemmenVanaf, DateTime StemmenTot,
        string Status, string Telmethode, int? MaxProjecten, decimal? MaxBedrag, IReadOnlyList<ProjectResponse> Projecten,
        string Fase, IReadOnlyList<FaseResponse> Fasen, int? MinimumLeeftijd, int? PuntenPerKiezer = null, int? MaxPuntenPerProject = null);

    /// <summary>A phase of the round with its dates (UTC); the round's workflow decides which phases it actually goes through.</summary>
    public sealed record FaseResponse(string Fase, DateTime? Vanaf, DateTime? Tot);

    /// <summary><c>projecten</c> in an approval round; <c>punten</c> (project code → points) in a points round.</summary>
    public sealed record StemRequest(string? Code, List<string>? Projecten, int? Geboortejaar = null, Dictionary<string, decimal>? Punten = null);

    public sealed record StemResponse(string Uitkomst, IReadOnlyList<string> Projecten, IReadOnlyDictionary<string, int>? Punten = null);

    /// <summary><c>Stemmen</c>: the voters who supported it; <c>Punten</c>: its total points (points rounds only).</summary>
    public sealed record ProjectUitslag(string Code, string Titel, decimal Kosten, int Stemmen, bool Gekozen, string Uitleg, int? Punten = null);

    public sealed record UitslagResponse(int Id, string Naam, decimal Budget, string Telmethode, int Stemmen, decimal Besteed,
        IReadOnlyList<string> Gekozen, IReadOnlyList<ProjectUitslag> Projecten, int? PuntenPerKiezer = null);

    public static RouteGroupBuilder MapBuurtbudgetStemApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/buurtbudget").WithTags("Buurtbudget").AllowAnonymous();
        api.MapGet("/{id:int}", GetAsync);
        api.MapPost("/{id:int}/stem", StemAsync).RequireRateLimiting(RateLimitPolicy);
        api.MapGet("/{id:int}/uitslag", UitslagAsync);
        api.MapGet("/{id:int}/pabulib", PabulibAsync);
        return api;
    }

    public static RondeResponse Response(BuurtbudgetRonde r, TimeProvider clock)
    {
        var status = BuurtbudgetFasen.Stemstatus(r, clock.GetUtcNow().UtcDateTime);
        List<FaseResponse> fasen = r.VoorstellenVanaf is null ? [] :
        [
            new("Voorstellen", r.VoorstellenVanaf, r.VoorstellenTot),
            new("Beoordeling", r.VoorstellenTot, r.BeoordelingTot ?? r.StemmenVanaf),
        ];
        fasen.Add(new("Stemmen", r.StemmenVanaf, r.StemmenTot));
        fasen.Add(new("Uitslag", r.StemmenTot, r.UitvoeringVanaf));
        fasen.Add(new("Uitvoering", r.UitvoeringVanaf, r.UitvoeringTot));
        return new RondeResponse(r.Id, r.Naam, r.Buurt?.Naam, r.Budget, r.StemmenVanaf, r.StemmenTot, status, r.Telmethode.ToString(),
            r.MaxProjecten, r.MaxBedrag, r.Projecten.OrderBy(p => p.Id).Select(p => new ProjectResponse(p.Code, p.Titel, p.Omschrijving, p.Kosten)).ToList(),
            r.Fase.ToString(), fasen, r.MinimumLeeftijd, r.PuntenPerKiezer, r.PuntenPerKiezer is null ? null : r.MaxPuntenPerProject ?? r.PuntenPerKiezer);
    }

    public static async Task<Results<Ok<RondeResponse>, NotFound>> GetAsync(int id, ParticipatieDbContext db, TimeProvider clock, CancellationToken ct) =>
        await db.BuurtbudgetRondes.AsNoTracking().Include(r => r.Projecten).Include(r => r.Buurt).SingleOrDefaultAsync(r => r.Id == id, ct) is { } ronde
            ? TypedResults.Ok(Response(ronde, clock))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<StemResponse>, ValidationProblem, ProblemHttpResult, NotFound>> StemAsync(
        int id, StemRequest request, BuurtbudgetService service, ParticipatieDbContext db, TimeProvider clock, HttpContext http, Chat.CodePogingen pogingen, CancellationToken ct)
    {
        // One budget of wrong codes with the chat (CodePogingen).
        if (pogingen.Weigering(http) is ProblemHttpResult geblokkeerd)
        {
            return geblokkeerd;
        }

        var stem = new Stem(request.Projecten, request.Punten);
        var uitkomst = await service.StemAsync(id, request.Code, stem, request.Geboortejaar, ct);
        if (uitkomst == StemUitkomst.OngeldigeCode)
        {
            pogingen.TelFout(Chat.CodeKlant.VanPagina(http));
        }

        switch (uitkomst)
        {
            case StemUitkomst.Geteld or StemUitkomst.Vervangen:
                var tekst = uitkomst == StemUitkomst.Geteld ? "geteld" : "vervangen";
                if (request.Punten is { Count: > 0 } punten)
                {
                    var gegeven = punten.Where(p => p.Value > 0).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
                    return TypedResults.Ok(new StemResponse(tekst, [.. gegeven.Select(p => p.Key)], gegeven.ToDictionary(p => p.Key, p => (int)p.Value)));
                }

                return TypedResults.Ok(new StemResponse(tekst, request.Projecten!.Distinct().ToList()));
            case StemUitkomst.OnbekendeRonde:
                return TypedResults.NotFound();
            case StemUitkomst.OngeldigeCode:
                return TypedResults.Problem("Deze stemcode is niet geldig voor deze ronde. Controleer de code op uw brief.", statusCode: StatusCodes.Status403Forbidden, title: "Ongeldige stemcode");
            case StemUitkomst.NogNietOpen:
                return TypedResults.Problem("Het stemmen is nog niet begonnen.", statusCode: StatusCodes.Status409Conflict, title: "Stemmen nog niet open");
            case StemUitkomst.Gesloten:
                return TypedResults.Problem("Het stemmen is gesloten.", statusCode: StatusCodes.Status409Conflict, title: "Stemmen gesloten");
            case StemUitkomst.TeJong:
                var metLeeftijd = await db.BuurtbudgetRondes.AsNoTracking().SingleAsync(r => r.Id == id, ct);
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["geboortejaar"] = [BuurtbudgetService.ControleerLeeftijd(metLeeftijd, request.Geboortejaar, clock.GetUtcNow().UtcDateTime)!],
                });
            default:
                var ronde = await db.BuurtbudgetRondes.AsNoTracking().Include(r => r.Projecten).SingleAsync(r => r.Id == id, ct);
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>(BuurtbudgetService.ControleerStem(ronde, stem)));
        }
    }

    public static async Task<Results<Ok<UitslagResponse>, ProblemHttpResult, NotFound>> UitslagAsync(int id, BuurtbudgetService service, CancellationToken ct)
    {
        if (await service.TelAsync(id, ct) is not { } telling)
        {
            return TypedResults.NotFound();
        }

        if (telling.Uitslag is not { } uitslag)
        {
            return TypedResults.Problem("De uitslag komt als het stemmen gesloten is.", statusCode: StatusCodes.Status409Conflict, title: "Stemmen nog open");
        }

        return TypedResults.Ok(Uitslag(telling.Ronde, uitslag, telling.Stemmen));
    }

    /// <summary>The result as the page, the API and the open data show it: selected first, then by votes.</summary>
    public static UitslagResponse Uitslag(BuurtbudgetRonde ronde, Outcome uitslag, int stemmen)
    {
        var titels = ronde.Projecten.ToDictionary(p => p.Code, p => p.Titel, StringComparer.Ordinal);
        var projecten = uitslag.Projects
            .OrderByDescending(p => p.Selected).ThenByDescending(p => p.Points ?? p.Votes).ThenByDescending(p => p.Votes).ThenBy(p => p.ProjectId, StringComparer.Ordinal)
            .Select(p => new ProjectUitslag(p.ProjectId, titels[p.ProjectId], p.Cost, p.Votes, p.Selected, p.Describe(), p.Points is { } x ? (int)x : null))
            .ToList();
        return new UitslagResponse(ronde.Id, ronde.Naam, ronde.Budget, ronde.Telmethode.ToString(), stemmen, uitslag.Spent, uitslag.SelectedSorted, projecten,
            ronde.PuntenPerKiezer);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PabulibAsync(int id, BuurtbudgetService service, CancellationToken ct) =>
        await service.PabulibAsync(id, ct) is { } pb
            ? TypedResults.File(Encoding.UTF8.GetBytes(pb), "text/plain; charset=utf-8", $"buurtbudget-{id}.pb")
            : TypedResults.Problem("Er is (nog) geen afgesloten ronde met dit nummer.", statusCode: StatusCodes.Status404NotFound, title: "Geen uitslag");
}
