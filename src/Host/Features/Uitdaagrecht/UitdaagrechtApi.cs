using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Accounts;
using Participatie.Host.Features.Privacy;
using Participatie.Host.Features.Taken;

namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>
/// Staff API of the uitdaagrecht: the requests with their admissibility reasons and open steps, and the forms of the
/// steps (assessment, decision, agreement, evaluation). A form is checked whole before the step's task completes, and
/// its fields are recorded in the same transaction as the workflow's next step.
/// </summary>
public static class UitdaagrechtApi
{
    public sealed record OpenStap(int TaakId, string Titel, string Rol, DateTime Vervaldatum, IReadOnlyList<string> Uitkomsten, bool TeLaat, DateTime? HerinneringOp, DateTime? GeescaleerdOp);

    public sealed record VerzoekResponse(
        int Id, string Referentie, string Taak, string? Taaksoort, string? BuurtCode, string? BuurtNaam, string? Locatie,
        string Organisatievorm, string? GroepNaam, int AantalLeden, decimal? VerwachteKosten,
        string Status, DateTime StatusGewijzigdOp, string? StatusToelichting, IReadOnlyList<string> Redenen,
        decimal? HuidigeUitgaven, string? Kwaliteit, string? Continuiteit, string? Besluit, DateTime? BesluitOp,
        decimal? OvergedragenBudget, DateTime? IngangsDatum, int AantalEvaluaties, DateTime? LaatsteEvaluatieOp, string? LaatsteEvaluatie,
        DateTime IngediendOp, string? ContactNaam, string? ContactEmail, string? ContactTelefoon, IReadOnlyList<OpenStap> OpenStappen);

    public sealed record BeoordelingRequest(decimal? HuidigeUitgaven, string? Kwaliteit, string? Continuiteit, string? Toelichting);

    public sealed record BesluitRequest(string? Uitkomst, string? Toelichting);

    public sealed record OvereenkomstRequest(decimal? Bedrag, DateOnly? Ingangsdatum, string? Toelichting);

    public sealed record EvaluatieRequest(string? Uitkomst, string? Toelichting);

    private static readonly string[] Rollen = [StaffRoles.Wijkcoordinator, StaffRoles.Afdeling, StaffRoles.Beleid, StaffRoles.Beheer];

    public static RouteGroupBuilder MapUitdaagrechtApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/uitdaagrecht").WithTags("Uitdaagrecht").RequireAuthorization(p => p.RequireRole(Rollen));
        api.MapGet("/", ListAsync);
        api.MapGet("/{id:int}", GetAsync);
        api.MapPost("/{id:int}/beoordeling", BeoordelingAsync);
        api.MapPost("/{id:int}/besluit", BesluitAsync);
        api.MapPost("/{id:int}/overeenkomst", OvereenkomstAsync);
        api.MapPost("/{id:int}/evaluatie", EvaluatieAsync);
        api.MapPost("/{id:int}/intrekken", IntrekkenAsync);
        return api;
    }

    public static async Task<Ok<List<VerzoekResponse>>> ListAsync(string? status, ClaimsPrincipal user, ParticipatieDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var query = db.UitdaagrechtVerzoeken.AsNoTracking().Include(v => v.Buurt).AsQueryable();
        if (!string.IsNullOrWhiteSpace(status) && Enum.TryParse<UitdaagrechtStatus>(status, true, out var s))
        {
            query = query.Where(v => v.Status == s);
        }

        var gebruiker = await StaffGebruiker.LaadAsync(user, db, ct);
        var verzoeken = await query.OrderByDescending(v => v.IngediendOp).Take(500).ToListAsync(ct);
        var result = new List<VerzoekResponse>(verzoeken.Count);
        foreach (var verzoek in verzoeken)
        {
            result.Add(await ResponseAsync(verzoek, gebruiker, db, clock, ct));
        }

        await LogContactAsync(result, gebruiker, db, clock, null, ct);
        return TypedResults.Ok(result);
    }

    public static async Task<Results<Ok<VerzoekResponse>, NotFound>> GetAsync(int id, ClaimsPrincipal user, ParticipatieDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var verzoek = await db.UitdaagrechtVerzoeken.AsNoTracking().Include(v => v.Buurt).SingleOrDefaultAsync(v => v.Id == id, ct);
        if (verzoek is null)
        {
            return TypedResults.NotFound();
        }

        var gebruiker = await StaffGebruiker.LaadAsync(user, db, ct);
        var response = await ResponseAsync(verzoek, gebruiker, db, clock, ct);
        await LogContactAsync([response], gebruiker, db, clock, id, ct);
        return TypedResults.Ok(response);
    }

    public static Task<IResult> BeoordelingAsync(int id, BeoordelingRequest request, ClaimsPrincipal user, ParticipatieDbContext db, TaakService taken, TimeProvider clock, CancellationToken ct)
    {
        var fouten = new Dictionary<string, string[]>();
        if (request.HuidigeUitgaven is not { } uitgaven || uitgaven < 0)
        {
            fouten["huidigeUitgaven"] = ["Vul in wat de gemeente nu per jaar aan de taak uitgeeft (0 of meer euro)."];
        }

        if (string.IsNullOrWhiteSpace(request.Kwaliteit))
        {
            fouten["kwaliteit"] = ["Beschrijf de kwaliteit van de taak nu."];
        }

        if (string.IsNullOrWhiteSpace(request.Continuiteit))
        {
            fouten["continuiteit"] = ["Beschrijf hoe de continuïteit geborgd blijft."];
        }

        var gegevens = new JsonObject
        {
            ["huidigeUitgaven"] = request.HuidigeUitgaven,
            ["kwaliteit"] = request.Kwaliteit?.Trim(),
            ["continuiteit"] = request.Continuiteit?.Trim(),
        };
        return RondStapAfAsync(id, "naar-college", UitdaagrechtFormulieren.Beoordeling.Uitkomsten, request.Toelichting, gegevens, fouten, user, db, taken, clock, ct);
    }

    public static Task<IResult> BesluitAsync(int id, BesluitRequest request, ClaimsPrincipal user, ParticipatieDbContext db, TaakService taken, TimeProvider clock, CancellationToken ct)
    {
        var fouten = new Dictionary<string, string[]>();
        if (request.Uitkomst is not ("toekennen" or "afwijzen"))
        {
            fouten["uitkomst"] = ["Kies toekennen of afwijzen."];
        }

        if (string.IsNullOrWhiteSpace(request.Toelichting))
        {
            fouten["toelichting"] = ["Geef de motivering van het besluit."];
        }

        return RondStapAfAsync(id, request.Uitkomst ?? "", UitdaagrechtFormulieren.Besluit.Uitkomsten, request.Toelichting, [], fouten, user, db, taken, clock, ct);
    }

    public static Task<IResult> OvereenkomstAsync(int id, OvereenkomstRequest request, ClaimsPrincipal user, ParticipatieDbContext db, TaakService taken, TimeProvider clock, CancellationToken ct)
    {
        var fouten = new Dictionary<string, string[]>();
        if (request.Bedrag is not { } bedrag || bedrag <= 0)
        {
            fouten["bedrag"] = ["Vul het budget in dat per jaar overgaat (meer dan 0 euro)."];
        }

        if (request.Ingangsdatum is null)
        {
            fouten["ingangsdatum"] = ["Vul de ingangsdatum in (jjjj-mm-dd)."];
        }

        var gegevens = new JsonObject
        {
            ["bedrag"] = request.Bedrag,
            ["ingangsdatum"] = request.Ingangsdatum?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return RondStapAfAsync(id, "vastgelegd", UitdaagrechtFormulieren.Overeenkomst.Uitkomsten, request.Toelichting, gegevens, fouten, user, db, taken, clock, ct);
    }

    public static Task<IResult> EvaluatieAsync(int id, EvaluatieRequest request, ClaimsPrincipal user, ParticipatieDbContext db, TaakService taken, TimeProvider clock, CancellationToken ct)
    {
        var fouten = new Dictionary<string, string[]>();
        if (request.Uitkomst is not ("voortzetten" or "bijsturen" or "beeindigen"))
        {
            fouten["uitkomst"] = ["Kies voortzetten, bijsturen of beeindigen."];
        }

        return RondStapAfAsync(id, request.Uitkomst ?? "", UitdaagrechtFormulieren.Evaluatie.Uitkomsten, request.Toelichting, [], fouten, user, db, taken, clock, ct);
    }

    public static async Task<IResult> IntrekkenAsync(int id, ClaimsPrincipal user, ParticipatieDbContext db, UitdaagrechtService service, CancellationToken ct)
    {
        if (!await db.UitdaagrechtVerzoeken.AnyAsync(v => v.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var door = user.Identity?.Name ?? "medewerker";
        return await service.TrekInAsync(id, door, ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem("Dit verzoek kan niet meer worden ingetrokken.", statusCode: StatusCodes.Status409Conflict);
    }

    /// <summary>Finds the request's open task of this step and completes it with the form; nothing is stored when the form is wrong.</summary>
    private static async Task<IResult> RondStapAfAsync(
        int id, string uitkomst, IReadOnlyList<string> stapUitkomsten, string? toelichting, JsonObject gegevens, Dictionary<string, string[]> fouten,
        ClaimsPrincipal user, ParticipatieDbContext db, TaakService taken, TimeProvider clock, CancellationToken ct)
    {
        var verzoek = await db.UitdaagrechtVerzoeken.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, ct);
        if (verzoek is null)
        {
            return TypedResults.NotFound();
        }

        if (fouten.Count > 0)
        {
            return TypedResults.ValidationProblem(fouten, title: "Het formulier is niet compleet.");
        }

        var open = await db.Taken.AsNoTracking()
            .Where(t => t.WorkflowInstanceId == verzoek.WorkflowInstanceId && verzoek.WorkflowInstanceId != null && t.Status == TaakStatus.Open)
            .ToListAsync(ct);
        var taak = open.FirstOrDefault(t => t.Uitkomsten.SequenceEqual(stapUitkomsten));
        if (taak is null)
        {
            return TypedResults.Problem($"Verzoek {verzoek.Referentie} wacht nu niet op deze stap (status: {verzoek.Status}).", statusCode: StatusCodes.Status409Conflict);
        }

        if (await StaffGebruiker.LaadAsync(user, db, ct) is not { } gebruiker)
        {
            return TypedResults.Forbid();
        }

        var resultaat = await taken.RondAfAsync(taak.Id, uitkomst, toelichting?.Trim(), gebruiker.Gebruikersnaam, gebruiker.Rollen.ToList(), ct, gegevens);
        return resultaat switch
        {
            TaakAfrondingResultaat.Afgerond => TypedResults.Ok(await LogContactAsync(await ResponseAsync(
                await db.UitdaagrechtVerzoeken.AsNoTracking().Include(v => v.Buurt).SingleAsync(v => v.Id == id, ct), gebruiker, db, clock, ct), gebruiker, db, clock, ct)),
            TaakAfrondingResultaat.NietToegestaan => TypedResults.Forbid(),
            TaakAfrondingResultaat.AlAfgerond => TypedResults.Problem("Deze stap is al afgerond.", statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.Problem($"'{uitkomst}' is geen uitkomst van deze stap.", statusCode: StatusCodes.Status400BadRequest),
        };
    }

    public const string ContactGelezen = "uitdaagrecht: contactgegevens gelezen";

    /// <summary>
    /// Logs (AVG) that the staff member was shown residents' contact data: one entry per response that shows any, for
    /// the roles that see it (beleid gets the fields empty, so nothing to log). A list is one entry with the count.
    /// </summary>
    private static async Task LogContactAsync(IReadOnlyList<VerzoekResponse> getoond, StaffGebruiker? gebruiker, ParticipatieDbContext db, TimeProvider clock,
        int? id, CancellationToken ct)
    {
        var metContact = getoond.Count(r => r.ContactEmail is not null || r.ContactTelefoon is not null
            || (r.ContactNaam is not null && r.ContactNaam != UitdaagrechtBewaartermijn.Gewist));
        if (gebruiker is null || metContact == 0)
        {
            return;
        }

        InzageLog.Staf(db, gebruiker, clock, id is null ? $"{ContactGelezen} (lijst, {metContact} verzoeken)" : ContactGelezen,
            id is null ? null : InzageLog.Onderwerp(UitdaagrechtPersoonsgegevensBron.SoortNaam, id.Value));
        await db.SaveChangesAsync(ct);
    }

    private static async Task<VerzoekResponse> LogContactAsync(VerzoekResponse response, StaffGebruiker gebruiker, ParticipatieDbContext db, TimeProvider clock, CancellationToken ct)
    {
        await LogContactAsync([response], gebruiker, db, clock, response.Id, ct);
        return response;
    }

    private static async Task<VerzoekResponse> ResponseAsync(UitdaagrechtVerzoek v, StaffGebruiker? gebruiker, ParticipatieDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var nu = clock.GetUtcNow().UtcDateTime;
        var stappen = v.WorkflowInstanceId is null
            ? []
            : (await db.Taken.AsNoTracking().Where(t => t.WorkflowInstanceId == v.WorkflowInstanceId && t.Status == TaakStatus.Open).OrderBy(t => t.VervalDatum).ToListAsync(ct))
                .Select(t => new OpenStap(t.Id, t.Titel, t.Rol, t.VervalDatum, t.Uitkomsten, t.IsTeLaat(nu), t.HerinneringOp, t.GeescaleerdOp)).ToList();
        // Contact details only for the roles that deal with the group (docs/privacy.md): not for beleid.
        var magContact = gebruiker is not null && (gebruiker.Is(StaffRoles.Wijkcoordinator) || gebruiker.Is(StaffRoles.Afdeling) || gebruiker.Is(StaffRoles.Beheer));
        return new VerzoekResponse(v.Id, v.Referentie, v.Taak, v.Taaksoort, v.Buurt?.Code, v.Buurt?.Naam, v.Locatie, v.Organisatievorm, v.GroepNaam,
            v.AantalLeden, v.VerwachteKosten, v.Status.ToString(), v.StatusGewijzigdOp, v.StatusToelichting, v.OntvankelijkheidRedenen,
            v.HuidigeUitgaven, v.Kwaliteit, v.Continuiteit, v.Besluit, v.BesluitOp, v.OvergedragenBudget, v.IngangsDatum, v.AantalEvaluaties,
            v.LaatsteEvaluatieOp, v.LaatsteEvaluatie, v.IngediendOp,
            magContact ? v.ContactNaam : null, magContact ? v.ContactEmail : null, magContact ? v.ContactTelefoon : null, stappen);
    }
}
