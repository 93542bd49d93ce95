using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Burgerberaad;

/// <summary>
/// What residents and everyone else reach without an account: the beraad and its questions, registering with the
/// code from a letter, and after the draw the result — by pseudonym only — with the seed, the quotas and how they
/// were met, and the two stratification-app files to re-run the draw with <c>burgerberaad select</c>.
/// </summary>
public static class BurgerberaadPubliekApi
{
    public const string RateLimitPolicy = "burgerberaad-aanmelden";

    public sealed record KenmerkResponse(string Naam, IReadOnlyList<string> Waarden);

    public sealed record BeraadPubliek(int Id, string Thema, string Gebied, int Omvang, int Reserves, DateTime AanmeldenTot, string Fase,
        IReadOnlyList<KenmerkResponse> Kenmerken, long? Seed, DateTime? SeedBekendgemaaktOp);

    public sealed record AanmeldRequest(string? Code, string? Naam, string? Email, string? Telefoon, Dictionary<string, string>? Antwoorden, string? Beschikbaarheid);

    public sealed record AanmeldResponse(string Uitkomst, string Pseudoniem, DateTime AanmeldenTot);

    public sealed record QuotumUitslag(string Kenmerk, string Waarde, int Min, int Max, int Zetels, int Reserves, int Aanmeldingen);

    public sealed record KansResponse(string Id, double Kans, string Uitkomst, int? ReserveNummer);

    public sealed record UitslagResponse(int Id, string Thema, string Gebied, int Omvang, int Aanmeldingen, long Seed, DateTime SeedBekendgemaaktOp,
        DateTime GelootOp, double MinKans, int Samenstelling, IReadOnlyList<QuotumUitslag> Quota, IReadOnlyList<KansResponse> Kansen);

    public static RouteGroupBuilder MapBurgerberaadPubliekApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/burgerberaad").WithTags("Burgerberaad").AllowAnonymous();
        api.MapGet("/{id:int}", GetAsync);
        api.MapPost("/{id:int}/aanmelding", AanmeldenAsync).RequireRateLimiting(RateLimitPolicy);
        api.MapGet("/{id:int}/uitslag", UitslagAsync);
        api.MapGet("/{id:int}/categories.csv", CategoriesAsync);
        api.MapGet("/{id:int}/respondents.csv", RespondentsAsync);
        return api;
    }

    public static BeraadPubliek Publiek(Beraad b, TimeProvider clock) =>
        new(b.Id, b.Thema, b.GebiedNaam, b.Omvang, b.Reserves, b.AanmeldenTot, BurgerberaadBeheerApi.Fase(b, clock),
            StratificatieBestanden.Kenmerken(b.Quota).Select(k => new KenmerkResponse(k,
                b.Quota.Where(q => q.Kenmerk == k).OrderBy(q => q.Volgorde).Select(q => q.Waarde).ToList())).ToList(),
            b.Seed, b.SeedBekendgemaaktOp);

    public static async Task<Results<Ok<BeraadPubliek>, NotFound>> GetAsync(int id, BurgerberaadService service, TimeProvider clock, CancellationToken ct) =>
        await service.LaadAsync(id, ct) is { } beraad ? TypedResults.Ok(Publiek(beraad, clock)) : TypedResults.NotFound();

    public static async Task<Results<Created<AanmeldResponse>, Ok<AanmeldResponse>, ValidationProblem, ProblemHttpResult, NotFound>> AanmeldenAsync(
        int id, AanmeldRequest request, BurgerberaadService service, HttpContext http, Chat.CodePogingen pogingen, CancellationToken ct)
    {
        // One budget of wrong codes with the chat (CodePogingen).
        if (pogingen.Weigering(http) is ProblemHttpResult geblokkeerd)
        {
            return geblokkeerd;
        }

        var uitkomst = await service.MeldAanAsync(id, new(request.Code, request.Naam, request.Email, request.Telefoon, request.Antwoorden, request.Beschikbaarheid), ct);
        if (uitkomst is { Weigering.Status: StatusCodes.Status403Forbidden })
        {
            pogingen.TelFout(Chat.CodeKlant.VanPagina(http));
        }

        switch (uitkomst)
        {
            case null:
                return TypedResults.NotFound();
            case { Weigering: { } w }:
                return TypedResults.Problem(w.Tekst, statusCode: w.Status, title: w.Titel);
            case { Gelukt: false } u:
                return TypedResults.ValidationProblem(u.Fouten, title: "Uw aanmelding is nog niet opgeslagen");
        }

        var (aanmelding, nieuw) = uitkomst.Waarde;
        var beraad = (await service.LaadAsync(id, ct))!;
        return nieuw
            ? TypedResults.Created($"/api/burgerberaad/{id}", new AanmeldResponse("aangemeld", aanmelding.Pseudoniem, beraad.AanmeldenTot))
            : TypedResults.Ok(new AanmeldResponse("bijgewerkt", aanmelding.Pseudoniem, beraad.AanmeldenTot));
    }

    public static async Task<Results<Ok<UitslagResponse>, ProblemHttpResult, NotFound>> UitslagAsync(
        int id, BurgerberaadService service, ParticipatieDbContext db, CancellationToken ct)
    {
        if (await service.LaadAsync(id, ct) is not { } beraad)
        {
            return TypedResults.NotFound();
        }

        if (beraad.SelectieStatus != BurgerberaadSelectieStatus.Klaar)
        {
            return TypedResults.Problem("De uitslag komt als het panel geloot is.", statusCode: StatusCodes.Status409Conflict, title: "Nog niet geloot");
        }

        // Only the pseudonym, the answers' effect (seats per value) and the chance: no name, contact or address.
        var vrijwilligers = await db.BurgerberaadAanmeldingen.AsNoTracking().Where(a => a.BeraadId == id)
            .Select(a => new { a.Pseudoniem, a.Antwoorden, a.Kans, a.Uitkomst, a.ReserveNummer }).ToListAsync(ct);
        var quota = beraad.Quota.OrderBy(q => q.Volgorde).Select(q =>
        {
            var metWaarde = vrijwilligers.Where(v => v.Antwoorden.GetValueOrDefault(q.Kenmerk) == q.Waarde).ToList();
            return new QuotumUitslag(q.Kenmerk, q.Waarde, q.Min, q.Max, metWaarde.Count(v => v.Uitkomst == BurgerberaadUitkomst.Lid),
                metWaarde.Count(v => v.Uitkomst == BurgerberaadUitkomst.Reserve), metWaarde.Count);
        }).ToList();
        var kansen = vrijwilligers.OrderBy(v => v.Pseudoniem, StringComparer.Ordinal)
            .Select(v => new KansResponse(v.Pseudoniem, Math.Round(v.Kans ?? 0, 6), v.Uitkomst switch
            {
                BurgerberaadUitkomst.Lid => "lid",
                BurgerberaadUitkomst.Reserve => "reserve",
                _ => "niet-geloot",
            }, v.ReserveNummer)).ToList();
        return TypedResults.Ok(new UitslagResponse(beraad.Id, beraad.Thema, beraad.GebiedNaam, beraad.Omvang, vrijwilligers.Count, beraad.Seed!.Value,
            beraad.SeedBekendgemaaktOp!.Value, beraad.SelectieKlaarOp!.Value, Math.Round(beraad.MinKans ?? 0, 6), beraad.Samenstelling ?? 0, quota, kansen));
    }

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> CategoriesAsync(int id, ParticipatieDbContext db, CancellationToken ct) =>
        BestandAsync(id, db, b => b.CategorieenCsv, BurgerberaadSelectie.CategorieenBestand, ct);

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> RespondentsAsync(int id, ParticipatieDbContext db, CancellationToken ct) =>
        BestandAsync(id, db, b => b.RespondentenCsv, BurgerberaadSelectie.RespondentenBestand, ct);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> BestandAsync(
        int id, ParticipatieDbContext db, Func<Beraad, string?> inhoud, string naam, CancellationToken ct)
    {
        var beraad = await db.Burgerberaden.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct);
        return beraad is { SelectieStatus: BurgerberaadSelectieStatus.Klaar } && inhoud(beraad) is { } csv
            ? TypedResults.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"burgerberaad-{id}-{naam}")
            : TypedResults.Problem("Er is (nog) geen geloot burgerberaad met dit nummer.", statusCode: StatusCodes.Status404NotFound, title: "Geen uitslag");
    }
}
