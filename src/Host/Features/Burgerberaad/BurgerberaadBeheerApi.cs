using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Accounts;
using Participatie.Host.Security;

namespace Participatie.Host.Features.Burgerberaad;

/// <summary>
/// Beleid (and beheer) run a burgerberaad: set it up with quotas (or take the proposal from the CBS figures), import
/// the address list, draw the invitations and download the letters once, announce the seed, start the selection and
/// follow it, and — to invite them — see the names and contact data of the panel and the reserves only.
/// </summary>
public static class BurgerberaadBeheerApi
{
    public sealed record BeraadRequest(string? Thema, string? GebiedCode, int Omvang, int Reserves, DateTime AanmeldenTot, List<QuotumInvoer>? Quota);

    public sealed record QuotaRequest(List<QuotumInvoer>? Quota);

    public sealed record UitnodigingenRequest(int Aantal, long? Seed);

    public sealed record SeedRequest(long? Seed);

    public sealed record QuotumResponse(string Kenmerk, string Waarde, int Min, int Max);

    public sealed record BeraadResponse(int Id, string Thema, string GebiedCode, string GebiedNaam, int Omvang, int Reserves, DateTime AanmeldenTot,
        string Fase, IReadOnlyList<QuotumResponse> Quota, int Adressen, int Uitgenodigd, long? UitnodigingSeed, DateTime? UitgenodigdOp,
        int Aanmeldingen, long? Seed, DateTime? SeedBekendgemaaktOp, string SelectieStatus, DateTime? SelectieGevraagdOp,
        DateTime? SelectieGestartOp, DateTime? SelectieKlaarOp, string? SelectieFout, IReadOnlyList<string> Conflict, IReadOnlyList<string> Versoepeling,
        double? MinKans);

    public sealed record PanellidResponse(string Pseudoniem, string Uitkomst, int? ReserveNummer, string Naam, string? Email, string? Telefoon,
        string? Beschikbaarheid, IReadOnlyDictionary<string, string> Antwoorden, string Adres);

    /// <summary>An address list of a whole municipality (≈ 50 bytes a line, 300,000 addresses) fits; larger ones are refused with 413.</summary>
    public const long MaxAdreslijstBytes = 16 * 1024 * 1024;

    public const string Wat = "burgerberaad: contactgegevens panel en reserves gelezen";

    public static RouteGroupBuilder MapBurgerberaadBeheerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/burgerberaad/beraden").WithTags("Burgerberaad").RequireAuthorization(StaffPolicies.Beleid);
        api.MapGet("/", ListAsync);
        api.MapPost("/", CreateAsync);
        api.MapGet("/{id:int}", GetAsync);
        api.MapPut("/{id:int}/quota", QuotaAsync);
        api.MapPost("/{id:int}/quota/voorstel", VoorstelAsync);
        api.MapPost("/{id:int}/adressen", AdressenAsync).Accepts<string>("text/csv").WithBodyLimit(MaxAdreslijstBytes);
        api.MapPost("/{id:int}/uitnodigingen", UitnodigingenAsync);
        api.MapPost("/{id:int}/seed", SeedAsync);
        api.MapPost("/{id:int}/selectie", SelectieAsync);
        api.MapGet("/{id:int}/panel", PanelAsync);
        api.MapPost("/{id:int}/persoonsgegevens/wissen", WissenAsync);
        return api;
    }

    public static async Task<Ok<List<BeraadResponse>>> ListAsync(ParticipatieDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var beraden = await db.Burgerberaden.AsNoTracking().Include(b => b.Quota).OrderByDescending(b => b.AangemaaktOp).ToListAsync(ct);
        var lijst = new List<BeraadResponse>();
        foreach (var beraad in beraden)
        {
            lijst.Add(await ResponseAsync(beraad, db, clock, ct));
        }

        return TypedResults.Ok(lijst);
    }

    public static async Task<Results<Created<BeraadResponse>, ValidationProblem>> CreateAsync(
        BeraadRequest request, BurgerberaadService service, ParticipatieDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var uitkomst = await service.MaakAsync(new(request.Thema, request.GebiedCode, request.Omvang, request.Reserves, request.AanmeldenTot, request.Quota), ct);
        if (!uitkomst.Gelukt)
        {
            return TypedResults.ValidationProblem(uitkomst.Fouten, title: "Het burgerberaad is niet aangemaakt");
        }

        return TypedResults.Created($"/api/burgerberaad/beraden/{uitkomst.Waarde!.Id}", await ResponseAsync(uitkomst.Waarde, db, clock, ct));
    }

    public static async Task<Results<Ok<BeraadResponse>, NotFound>> GetAsync(int id, BurgerberaadService service, ParticipatieDbContext db, TimeProvider clock, CancellationToken ct) =>
        await service.LaadAsync(id, ct) is { } beraad ? TypedResults.Ok(await ResponseAsync(beraad, db, clock, ct)) : TypedResults.NotFound();

    public static async Task<Results<Ok<BeraadResponse>, ValidationProblem, ProblemHttpResult, NotFound>> QuotaAsync(
        int id, QuotaRequest request, BurgerberaadService service, ParticipatieDbContext db, TimeProvider clock, CancellationToken ct) =>
        await service.ZetQuotaAsync(id, request.Quota, ct) switch
        {
            null => TypedResults.NotFound(),
            { Weigering: { } w } => Problem(w),
            { Gelukt: false } u => TypedResults.ValidationProblem(u.Fouten, title: "De quota zijn niet opgeslagen"),
            var u => TypedResults.Ok(await ResponseAsync(u.Waarde!, db, clock, ct)),
        };

    public static async Task<Results<Ok<QuotumVoorstel.Voorstel>, NotFound>> VoorstelAsync(int id, BurgerberaadService service, CancellationToken ct) =>
        await service.StelQuotaVoorAsync(id, ct) is { } voorstel ? TypedResults.Ok(voorstel) : TypedResults.NotFound();

    /// <summary>The address list as the request body (text/csv, UTF-8).</summary>
    public static async Task<Results<Ok<BeraadResponse>, ValidationProblem, ProblemHttpResult, NotFound>> AdressenAsync(
        int id, HttpRequest request, BurgerberaadService service, ParticipatieDbContext db, TimeProvider clock, CancellationToken ct)
    {
        // Read whole (asynchronously: the server allows no synchronous reads); the body limit bounds its size.
        using var body = new StreamReader(request.Body, Encoding.UTF8);
        var csv = await body.ReadToEndAsync(ct);
        switch (await service.ImporteerAdressenAsync(id, new StringReader(csv), ct))
        {
            case null:
                return TypedResults.NotFound();
            case { Weigering: { } w }:
                return Problem(w);
            case { Gelukt: false } u:
                return TypedResults.ValidationProblem(u.Fouten, title: "De adreslijst is niet geïmporteerd; er is niets opgeslagen");
        }

        return TypedResults.Ok(await ResponseAsync((await service.LaadAsync(id, ct))!, db, clock, ct));
    }

    /// <summary>The letters (address + code) as CSV for the print shop, this once: the codes are kept only hashed.</summary>
    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult, NotFound>> UitnodigingenAsync(
        int id, UitnodigingenRequest request, BurgerberaadService service, HttpContext context, CancellationToken ct)
    {
        switch (await service.TrekUitnodigingenAsync(id, request.Aantal, request.Seed, ct))
        {
            case null:
                return TypedResults.NotFound();
            case { Weigering: { } w }:
                return Problem(w);
            case { Gelukt: false } u:
                return TypedResults.ValidationProblem(u.Fouten, title: "Er zijn geen uitnodigingen getrokken");
            case var u:
                context.Response.Headers.CacheControl = "no-store";
                var csv = new StringBuilder("postcode,huisnummer,toevoeging,straat,woonplaats,code\r\n");
                foreach (var b in u.Waarde!)
                {
                    csv.AppendJoin(',', new[] { b.Postcode, b.Huisnummer.ToString(System.Globalization.CultureInfo.InvariantCulture), b.Toevoeging ?? "", b.Straat, b.Woonplaats, b.Code }.Select(CsvVeld)).Append("\r\n");
                }

                return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"burgerberaad-{id}-brieven.csv");
        }
    }

    public static async Task<Results<Ok<BeraadResponse>, ValidationProblem, ProblemHttpResult, NotFound>> SeedAsync(
        int id, SeedRequest request, BurgerberaadService service, ParticipatieDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (request.Seed is not { } seed)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["seed"] = ["Geef de seed: een heel getal, bijvoorbeeld de trekking van een loterij of een datum."] });
        }

        return await service.MaakSeedBekendAsync(id, seed, ct) switch
        {
            null => TypedResults.NotFound(),
            { Weigering: { } w } => Problem(w),
            var u => TypedResults.Ok(await ResponseAsync(u.Waarde!, db, clock, ct)),
        };
    }

    public static async Task<Results<Accepted<BeraadResponse>, ProblemHttpResult, NotFound>> SelectieAsync(
        int id, BurgerberaadService service, ParticipatieDbContext db, TimeProvider clock, CancellationToken ct) =>
        await service.VraagSelectieAanAsync(id, ct) switch
        {
            null => TypedResults.NotFound(),
            { Weigering: { } w } => Problem(w),
            var u => TypedResults.Accepted($"/api/burgerberaad/beraden/{id}", await ResponseAsync(u.Waarde!, db, clock, ct)),
        };

    /// <summary>Names and contact of the panel and the reserves, to invite them; every look is logged (AVG). Other volunteers are never shown.</summary>
    public static async Task<Results<Ok<List<PanellidResponse>>, ProblemHttpResult, NotFound>> PanelAsync(
        int id, ClaimsPrincipal user, ParticipatieDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Burgerberaden.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct) is not { } beraad)
        {
            return TypedResults.NotFound();
        }

        if (beraad.SelectieStatus != BurgerberaadSelectieStatus.Klaar)
        {
            return TypedResults.Problem("Het panel is nog niet geloot.", statusCode: StatusCodes.Status409Conflict, title: "Nog niet geloot");
        }

        var leden = await db.BurgerberaadAanmeldingen.AsNoTracking()
            .Where(a => a.BeraadId == id && a.Uitkomst != BurgerberaadUitkomst.NietGeloot)
            .Join(db.BurgerberaadAdressen, a => a.AdresId, adres => adres.Id, (a, adres) => new { a, adres })
            .ToListAsync(ct);
        db.PersoonsgegevensInzages.Add(new PersoonsgegevensInzage
        {
            Door = user.Identity?.Name ?? "onbekend",
            Rollen = string.Join(",", user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal)),
            Op = clock.GetUtcNow().UtcDateTime,
            Wat = $"{Wat} (beraad {id})",
        });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(leden
            .OrderBy(x => x.a.Uitkomst == BurgerberaadUitkomst.Lid ? 0 : 1).ThenBy(x => x.a.ReserveNummer).ThenBy(x => x.a.Naam, StringComparer.CurrentCulture)
            .Select(x => new PanellidResponse(x.a.Pseudoniem, x.a.Uitkomst == BurgerberaadUitkomst.Lid ? "lid" : "reserve", x.a.ReserveNummer, x.a.Naam,
                x.a.Email, x.a.Telefoon, x.a.Beschikbaarheid, x.a.Antwoorden,
                $"{x.adres.Straat} {x.adres.Huisnummer}{(x.adres.Toevoeging is null ? "" : " " + x.adres.Toevoeging)}, {x.adres.Postcode} {x.adres.Woonplaats}"))
            .ToList());
    }

    public sealed record GewistResponse(int Aanmeldingen, int Adressen);

    /// <summary>
    /// When the beraad no longer needs to reach its volunteers: names, contact data, availability and street addresses
    /// are erased (the postcode keeps its four digits, as for residents), and the chat transcripts of registrations made
    /// in the chat. The published result stays as it was: it never held any of these. Logged like every erasure. The
    /// retention job does the same a period after the draw (<see cref="BurgerberaadPersoonsgegevens"/>).
    /// </summary>
    public static async Task<Results<Ok<GewistResponse>, ProblemHttpResult, NotFound>> WissenAsync(
        int id, ClaimsPrincipal user, ParticipatieDbContext db, BurgerberaadPersoonsgegevens persoonsgegevens, CancellationToken ct)
    {
        if (await db.Burgerberaden.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, ct) is not { } beraad)
        {
            return TypedResults.NotFound();
        }

        if (beraad.SelectieStatus != BurgerberaadSelectieStatus.Klaar)
        {
            return TypedResults.Problem("Wis de persoonsgegevens pas als het panel geloot is; daarvoor zijn ze nodig om aan te melden en te loten.",
                statusCode: StatusCodes.Status409Conflict, title: "Nog niet geloot");
        }

        var gewist = await persoonsgegevens.WisOpVerzoekAsync(id, user, ct);
        return TypedResults.Ok(new GewistResponse(gewist.Aanmeldingen, gewist.Adressen));
    }

    public static async Task<BeraadResponse> ResponseAsync(Beraad b, ParticipatieDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var adressen = await db.BurgerberaadAdressen.CountAsync(a => a.BeraadId == b.Id, ct);
        var uitgenodigd = await db.BurgerberaadAdressen.CountAsync(a => a.BeraadId == b.Id && a.CodeHash != null, ct);
        var aanmeldingen = await db.BurgerberaadAanmeldingen.CountAsync(a => a.BeraadId == b.Id, ct);
        return new BeraadResponse(b.Id, b.Thema, b.GebiedCode, b.GebiedNaam, b.Omvang, b.Reserves, b.AanmeldenTot, Fase(b, clock),
            b.Quota.OrderBy(q => q.Volgorde).Select(q => new QuotumResponse(q.Kenmerk, q.Waarde, q.Min, q.Max)).ToList(),
            adressen, uitgenodigd, b.UitnodigingSeed, b.UitgenodigdOp, aanmeldingen, b.Seed, b.SeedBekendgemaaktOp, StatusNaam(b.SelectieStatus),
            b.SelectieGevraagdOp, b.SelectieGestartOp, b.SelectieKlaarOp, b.SelectieFout, b.Conflict, b.Versoepeling, b.MinKans);
    }

    /// <summary>Where the beraad is, for people: voorbereiding, aanmelden, loting, geloot.</summary>
    public static string Fase(Beraad b, TimeProvider clock) =>
        b.SelectieStatus == BurgerberaadSelectieStatus.Klaar ? "geloot"
        : clock.GetUtcNow().UtcDateTime >= b.AanmeldenTot ? "loting"
        : b.UitgenodigdOp is null ? "voorbereiding" : "aanmelden";

    public static string StatusNaam(BurgerberaadSelectieStatus status) => status switch
    {
        BurgerberaadSelectieStatus.NietGestart => "niet-gestart",
        BurgerberaadSelectieStatus.InWachtrij => "in-wachtrij",
        BurgerberaadSelectieStatus.Bezig => "bezig",
        BurgerberaadSelectieStatus.Klaar => "klaar",
        _ => "mislukt",
    };

    private static ProblemHttpResult Problem(BurgerberaadService.Weigering w) => TypedResults.Problem(w.Tekst, statusCode: w.Status, title: w.Titel);

    private static string CsvVeld(string veld) =>
        veld.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + veld.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : veld;
}
