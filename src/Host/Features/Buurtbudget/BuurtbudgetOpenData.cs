using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>
/// The results of closed rounds as open data at stable public addresses (<c>/open-data/buurtbudget</c>): an index,
/// and per round the result as JSON and as CSV, next to the anonymous ballots as pabulib. No personal data: counts,
/// projects and the counting engine's reasons only.
/// </summary>
public static class BuurtbudgetOpenData
{
    public sealed record Link(string UitslagJson, string UitslagCsv, string Pabulib);

    public sealed record RondeIndex(int Id, string Naam, string Buurt, string BuurtCode, decimal Budget, string Telmethode, DateTime StemmenVanaf, DateTime StemmenTot, Link Links);

    public static IEndpointRouteBuilder MapBuurtbudgetOpenData(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("open-data/buurtbudget").WithTags("Open data").AllowAnonymous();
        api.MapGet("/", IndexAsync);
        api.MapGet("/{id:int}/uitslag.json", JsonAsync);
        api.MapGet("/{id:int}/uitslag.csv", CsvAsync);
        return app;
    }

    public static async Task<Ok<List<RondeIndex>>> IndexAsync(ParticipatieDbContext db, TimeProvider clock, HttpContext context, CancellationToken ct)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var rondes = await db.BuurtbudgetRondes.AsNoTracking().Include(r => r.Buurt)
            // The phase is stored as text: compare by name, not by order.
            .Where(r => r.Fase == BuurtbudgetFase.Uitslag || r.Fase == BuurtbudgetFase.Uitvoering || r.Fase == BuurtbudgetFase.Afgerond
                || (r.Fase == BuurtbudgetFase.Stemmen && r.StemmenTot <= nu))
            .OrderByDescending(r => r.StemmenTot).ThenBy(r => r.Id).ToListAsync(ct);
        Cache(context);
        return TypedResults.Ok(rondes.Select(r => new RondeIndex(r.Id, r.Naam, r.Buurt!.Naam, r.Buurt.Code, r.Budget, r.Telmethode.ToString(),
            r.StemmenVanaf, r.StemmenTot, new Link($"/open-data/buurtbudget/{r.Id}/uitslag.json", $"/open-data/buurtbudget/{r.Id}/uitslag.csv",
                $"/api/buurtbudget/{r.Id}/pabulib"))).ToList());
    }

    public static async Task<Results<Ok<BuurtbudgetStemApi.UitslagResponse>, ProblemHttpResult>> JsonAsync(int id, BuurtbudgetService service, HttpContext context, CancellationToken ct)
    {
        if (await service.TelAsync(id, ct) is not { Uitslag: { } uitslag } telling)
        {
            return GeenUitslag();
        }

        Cache(context);
        return TypedResults.Ok(BuurtbudgetStemApi.Uitslag(telling.Ronde, uitslag, telling.Stemmen));
    }

    /// <summary>RFC 4180: comma-separated, UTF-8, fields quoted where needed, amounts with a decimal point.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(int id, BuurtbudgetService service, HttpContext context, CancellationToken ct)
    {
        if (await service.TelAsync(id, ct) is not { Uitslag: { } uitslag } telling)
        {
            return GeenUitslag();
        }

        var c = CultureInfo.InvariantCulture;
        var csv = new StringBuilder("ronde,project,titel,kosten,stemmen,gekozen,uitleg,punten\r\n");
        foreach (var p in BuurtbudgetStemApi.Uitslag(telling.Ronde, uitslag, telling.Stemmen).Projecten)
        {
            csv.Append(string.Join(',', id.ToString(c), Veld(p.Code), Veld(p.Titel), p.Kosten.ToString("0.##", c), p.Stemmen.ToString(c),
                p.Gekozen ? "ja" : "nee", Veld(p.Uitleg), p.Punten?.ToString(c) ?? string.Empty)).Append("\r\n");
        }

        Cache(context);
        return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"buurtbudget-{id}-uitslag.csv");
    }

    private static string Veld(string tekst) =>
        tekst.IndexOfAny([',', '"', '\r', '\n']) < 0 ? tekst : "\"" + tekst.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static ProblemHttpResult GeenUitslag() =>
        TypedResults.Problem("Er is (nog) geen uitslag van een ronde met dit nummer.", statusCode: StatusCodes.Status404NotFound, title: "Geen uitslag");

    /// <summary>A closed round's result no longer changes; a short public cache spares the counting.</summary>
    private static void Cache(HttpContext context) => context.Response.Headers.CacheControl = "public, max-age=300";
}
