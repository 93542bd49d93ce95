using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Accounts;
using Participatie.Host.Features.Privacy;

namespace Participatie.Host.Features.Taken;

/// <summary>The task inbox: tasks for the roles the signed-in user acts for (beheer sees all), and completing them.</summary>
public static class TakenApi
{
    public sealed record TaakResponse(
        int Id, int? InitiatiefId, string? InitiatiefReferentie, int? ProgrammaId, string Titel, string? Omschrijving, string Rol, string? ToegewezenAan,
        DateTime Vervaldatum, string Status, IReadOnlyList<string> Uitkomsten, string? Uitkomst, string? Toelichting,
        string? BuurtCode, string? BuurtNaam, bool TeLaat, DateTime AangemaaktOp, DateTime? AfgerondOp, string? AfgerondDoor,
        DateTime? HerinneringOp, DateTime? GeescaleerdOp, string? WorkflowInstanceId, string? WijkCode)
    {
        /// <summary>Set when the task must be completed through a feature's own form (see <see cref="TaakFormulier"/>); the generic completion refuses it.</summary>
        public TaakFormulier? Formulier { get; init; }
    }

    public sealed record AfrondRequest(string? Uitkomst, string? Toelichting);

    public static RouteGroupBuilder MapTakenApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/taken").WithTags("Taken").RequireAuthorization(StaffPolicies.Staff);
        api.MapGet("/", ListAsync);
        api.MapGet("/{id:int}", GetAsync);
        api.MapPost("/{id:int}/afronden", AfrondenAsync);
        return api;
    }

    public static async Task<Results<Ok<List<TaakResponse>>, ForbidHttpResult>> ListAsync(
        string? rol, string? status, string? buurt, int? initiatief, int? programma, ClaimsPrincipal user, ParticipatieDbContext db, TimeProvider clock, TaakFormulierWijzer formulieren, CancellationToken ct)
    {
        if (await StaffGebruiker.LaadAsync(user, db, ct) is not { } gebruiker)
        {
            return TypedResults.Forbid();
        }

        var query = db.Taken.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(rol))
        {
            query = query.Where(t => t.Rol == rol);
        }

        if (!string.IsNullOrWhiteSpace(status) && Enum.TryParse<TaakStatus>(status, true, out var taakStatus))
        {
            query = query.Where(t => t.Status == taakStatus);
        }

        if (!string.IsNullOrWhiteSpace(buurt))
        {
            query = query.Where(t => t.Buurt!.Code == buurt || t.Buurt.Naam == buurt);
        }

        if (initiatief is { } initiatiefId)
        {
            query = query.Where(t => t.InitiatiefId == initiatiefId);
        }

        if (programma is { } programmaId)
        {
            query = query.Where(t => t.ProgrammaId == programmaId);
        }

        var naam = gebruiker.Gebruikersnaam;
        var taken = await Project(query.OrderBy(t => t.Status).ThenBy(t => t.VervalDatum)).Take(1000).ToListAsync(ct);
        var nu = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(taken
            .Where(t => InitiatiefToegang.MagTaakZien(gebruiker, t.Rol, t.WijkCode) || t.ToegewezenAan == naam)
            .Select(t => t with { TeLaat = t.Status == nameof(TaakStatus.Open) && t.Vervaldatum < nu, Formulier = FormulierVoor(formulieren, t) })
            .ToList());
    }

    public static async Task<Results<Ok<TaakResponse>, NotFound, ForbidHttpResult>> GetAsync(int id, ClaimsPrincipal user, ParticipatieDbContext db, TimeProvider clock, TaakFormulierWijzer formulieren, CancellationToken ct)
    {
        var taak = await Project(db.Taken.AsNoTracking().Where(t => t.Id == id)).SingleOrDefaultAsync(ct);
        if (taak is null)
        {
            return TypedResults.NotFound();
        }

        if (await StaffGebruiker.LaadAsync(user, db, ct) is not { } gebruiker
            || (!InitiatiefToegang.MagTaakZien(gebruiker, taak.Rol, taak.WijkCode) && taak.ToegewezenAan != gebruiker.Gebruikersnaam))
        {
            return TypedResults.Forbid();
        }

        return TypedResults.Ok(taak with { TeLaat = taak.Status == nameof(TaakStatus.Open) && taak.Vervaldatum < clock.GetUtcNow().UtcDateTime, Formulier = FormulierVoor(formulieren, taak) });
    }

    public static async Task<Results<Ok<TaakResponse>, NotFound, ForbidHttpResult, Conflict<ProblemHttpResult>, ProblemHttpResult>> AfrondenAsync(
        int id, AfrondRequest request, ClaimsPrincipal user, TaakService service, ParticipatieDbContext db, TimeProvider clock, TaakFormulierWijzer formulieren, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Uitkomst))
        {
            return TypedResults.Problem("Kies een uitkomst.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (await StaffGebruiker.LaadAsync(user, db, ct) is not { } gebruiker)
        {
            return TypedResults.Forbid();
        }

        var plaats = await db.Taken.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new { t.Rol, t.ToegewezenAan, WijkCode = t.Buurt!.Wijk!.Code, t.Status, t.WorkflowInstanceId, t.Uitkomsten }).SingleOrDefaultAsync(ct);
        if (plaats is not null && !InitiatiefToegang.MagTaakZien(gebruiker, plaats.Rol, plaats.WijkCode) && plaats.ToegewezenAan != gebruiker.Gebruikersnaam)
        {
            return TypedResults.Forbid();
        }

        if (plaats is { Status: TaakStatus.Open } && formulieren.Voor(new TaakKenmerken(id, plaats.WorkflowInstanceId, plaats.Uitkomsten)) is { } formulier)
        {
            // The form records what the next steps need (figures, a budget, a motivation); the bare outcome would skip it.
            return TypedResults.Problem(
                $"Deze taak rondt u af met het formulier '{formulier.Stap}' ({formulier.Soort}): POST {formulier.Endpoint}. Alleen een uitkomst kiezen slaat de gegevens over die dat formulier vastlegt.",
                statusCode: StatusCodes.Status409Conflict,
                title: "Deze taak heeft een eigen formulier.",
                extensions: new Dictionary<string, object?> { ["formulier"] = formulier });
        }

        var resultaat = await service.RondAfAsync(id, request.Uitkomst, request.Toelichting, gebruiker.Gebruikersnaam, gebruiker.Rollen.ToList(), ct);
        switch (resultaat)
        {
            case TaakAfrondingResultaat.NietGevonden:
                return TypedResults.NotFound();
            case TaakAfrondingResultaat.NietToegestaan:
                return TypedResults.Forbid();
            case TaakAfrondingResultaat.AlAfgerond:
                return TypedResults.Problem("Deze taak is al afgerond.", statusCode: StatusCodes.Status409Conflict);
            case TaakAfrondingResultaat.OngeldigeUitkomst:
                var keuzes = await db.Taken.Where(t => t.Id == id).Select(t => t.Uitkomsten).SingleAsync(ct);
                return TypedResults.Problem($"'{request.Uitkomst}' is geen uitkomst van deze taak. Kies uit: {string.Join(", ", keuzes)}.", statusCode: StatusCodes.Status400BadRequest);
        }

        db.ChangeTracker.Clear();
        var taak = await Project(db.Taken.AsNoTracking().Where(t => t.Id == id)).SingleAsync(ct);
        return TypedResults.Ok(taak with { Formulier = FormulierVoor(formulieren, taak) });
    }

    /// <summary>Only open tasks point to a form: a completed one has nothing left to fill in.</summary>
    private static TaakFormulier? FormulierVoor(TaakFormulierWijzer formulieren, TaakResponse t) =>
        t.Status == nameof(TaakStatus.Open) ? formulieren.Voor(new TaakKenmerken(t.Id, t.WorkflowInstanceId, t.Uitkomsten)) : null;

    private static IQueryable<TaakResponse> Project(IQueryable<Taak> query) => query.Select(t => new TaakResponse(
        t.Id, t.InitiatiefId, t.Initiatief!.Referentie, t.ProgrammaId, t.Titel, t.Omschrijving, t.Rol, t.ToegewezenAan, t.VervalDatum,
        t.Status.ToString(), t.Uitkomsten, t.Uitkomst, t.Toelichting, t.Buurt!.Code, t.Buurt.Naam, false, t.AangemaaktOp, t.AfgerondOp,
        t.AfgerondDoor, t.HerinneringOp, t.GeescaleerdOp, t.WorkflowInstanceId, t.Buurt.Wijk!.Code));

}
