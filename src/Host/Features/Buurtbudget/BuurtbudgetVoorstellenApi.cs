using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Accounts;
using Participatie.Host.Features.Privacy;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>
/// Beleid sees a round's proposals with the rules' reasons and the review, puts initiatives that asked for money on the
/// list ("op de stemlijst zetten") and sees which initiatives in the buurt could still be added.
/// </summary>
public static class BuurtbudgetVoorstellenApi
{
    public sealed record VoorstelResponse(int Id, string Titel, string Omschrijving, decimal Kosten, string? Plek, string Bron, int? InitiatiefId,
        string Status, IReadOnlyList<string> Redenen, int? BeoordelingTaakId, string? Beoordeling, string? ProjectCode,
        string? IndienerNaam, string? IndienerContact, DateTime IngediendOp);

    public sealed record VanInitiatiefRequest(int InitiatiefId);

    public sealed record KandidaatResponse(int Id, string Referentie, string Titel, decimal GevraagdBedrag, string Status);

    public static RouteGroupBuilder MapBuurtbudgetVoorstellenApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/buurtbudget/rondes/{id:int}").WithTags("Buurtbudget").RequireAuthorization(StaffPolicies.Beleid);
        api.MapGet("/voorstellen", ListAsync);
        api.MapPost("/voorstellen/initiatief", VanInitiatiefAsync);
        api.MapGet("/kandidaten", KandidatenAsync);
        return api;
    }

    public static VoorstelResponse Response(BuurtbudgetVoorstel v, string? projectCode) => new(v.Id, v.Titel, v.Omschrijving, v.Kosten, v.Plek,
        v.Bron.ToString(), v.InitiatiefId, v.Status.ToString(), v.Redenen, v.BeoordelingTaakId, v.BeoordelingTaak?.Uitkomst, projectCode,
        v.IndienerNaam, v.IndienerContact, v.IngediendOp);

    /// <summary>
    /// The round's proposals (beleid, beheer). The proposers' name and contact come only when asked for with
    /// <c>?indieners=true</c>, so opening a round to review its proposals is not a look at personal data; a list that
    /// does show any is logged (AVG).
    /// </summary>
    public static async Task<Results<Ok<List<VoorstelResponse>>, NotFound>> ListAsync(
        int id, bool? indieners, ClaimsPrincipal user, ParticipatieDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.BuurtbudgetRondes.AnyAsync(r => r.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var voorstellen = await db.BuurtbudgetVoorstellen.AsNoTracking().Include(v => v.BeoordelingTaak).Include(v => v.Project)
            .Where(v => v.RondeId == id).OrderBy(v => v.Id).ToListAsync(ct);
        if (indieners != true)
        {
            return TypedResults.Ok(voorstellen.Select(v => Response(v, v.Project?.Code) with { IndienerNaam = null, IndienerContact = null }).ToList());
        }

        if (voorstellen.Any(v => v.IndienerNaam is not null || v.IndienerContact is not null))
        {
            InzageLog.Staf(db, user, clock, BuurtbudgetIndieners.GelezenWat, InzageLog.Onderwerp(BuurtbudgetIndieners.RondeSoort, id));
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Ok(voorstellen.Select(v => Response(v, v.Project?.Code)).ToList());
    }

    public static async Task<Results<Created<VoorstelResponse>, ValidationProblem, NotFound>> VanInitiatiefAsync(
        int id, VanInitiatiefRequest request, BuurtbudgetVoorstellen voorstellen, CancellationToken ct)
    {
        var uitkomst = await voorstellen.VanInitiatiefAsync(id, request.InitiatiefId, ct);
        if (uitkomst is null)
        {
            return TypedResults.NotFound();
        }

        if (!uitkomst.Gelukt)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["initiatiefId"] = [.. uitkomst.Fouten] });
        }

        return TypedResults.Created($"/api/buurtbudget/rondes/{id}/voorstellen", Response(uitkomst.Waarde!, null));
    }

    public static async Task<Ok<List<KandidaatResponse>>> KandidatenAsync(int id, BuurtbudgetVoorstellen voorstellen, CancellationToken ct) =>
        TypedResults.Ok((await voorstellen.KandidatenAsync(id, ct))
            .Select(i => new KandidaatResponse(i.Id, i.Referentie, i.Titel, i.GevraagdBedrag, i.Status.ToString())).ToList());
}
