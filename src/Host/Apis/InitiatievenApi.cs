using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Accounts;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Hosting;
using Participatie.Host.Initiatieven;
using Participatie.Host.Privacy;
using Microsoft.AspNetCore.Authorization;
using Participatie.Workflows;

namespace Participatie.Host.Apis;

/// <summary>Initiatives for staff: search, the whole story of one (answers, history, rule decisions, workflow), withdraw.</summary>
public static class InitiatievenApi
{
    public sealed record InitiatiefSamenvatting(int Id, string Referentie, string Titel, string Thema, string Status, string BuurtCode, string BuurtNaam, DateTime IngediendOp, decimal GevraagdBedrag);

    public sealed record StatusRegel(string Status, DateTime Op, string? Door, string? Toelichting);

    public sealed record Beslissing(string Regelset, string? RegelsetVersie, DateTime Op, IReadOnlyList<string> Uitkomsten, JsonNode? Uitleg);

    public sealed record WerkstroomInfo(string Id, string Status, string SubStatus, IReadOnlyList<string> WachtOp);

    public sealed record InitiatiefDetail(
        int Id, string Referentie, string Titel, string Omschrijving, string Thema, string Status, string BuurtCode, string BuurtNaam, string WijkNaam,
        string? VoorWie, string? MetWie, int AantalDeelnemers, int AantalHandtekeningen, IReadOnlyList<string> GevraagdeHulp,
        decimal GeraamdBudget, decimal GevraagdBedrag, decimal EigenBijdrageGeld, int EigenBijdrageUren, bool EigenBijdrageMaterialen,
        bool WilZelfUitvoeren, DateTime? StartDatum, DateTime IngediendOp, string? Initiatiefnemer, string? Contact,
        IReadOnlyList<StatusRegel> Historie, IReadOnlyList<Beslissing> Beslissingen, WerkstroomInfo? Werkstroom);

    public sealed record IntrekRequest(string? Toelichting);

    public static RouteGroupBuilder MapInitiatievenApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/initiatieven").WithTags("Initiatieven").RequireAuthorization(WebApplicationExtensions.StaffPolicy);
        api.MapGet("/", ListAsync);
        api.MapGet("/{id:int}", GetAsync);
        api.MapPost("/{id:int}/intrekken", IntrekkenAsync);
        return api;
    }

    /// <summary>The initiatives the signed-in staff member may see (<see cref="InitiatiefToegang.Zichtbaar"/>), filtered.</summary>
    public static async Task<Results<Ok<List<InitiatiefSamenvatting>>, ForbidHttpResult>> ListAsync(
        string? referentie, string? status, string? buurt, string? zoek, int? skip, int? take, ClaimsPrincipal user, InitiatiefToegang toegang,
        ParticipatieDbContext db, CancellationToken ct)
    {
        if (await StaffGebruiker.LaadAsync(user, db, ct) is not { } gebruiker)
        {
            return TypedResults.Forbid();
        }

        var query = toegang.Zichtbaar(gebruiker).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(referentie))
        {
            var r = referentie.Trim().ToUpperInvariant();
            query = query.Where(i => i.Referentie == r);
        }

        if (!string.IsNullOrWhiteSpace(status) && Enum.TryParse<InitiatiefStatus>(status, true, out var s))
        {
            query = query.Where(i => i.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(buurt))
        {
            query = query.Where(i => i.Buurt!.Code == buurt || i.Buurt.Naam == buurt);
        }

        if (!string.IsNullOrWhiteSpace(zoek))
        {
            var z = zoek.Trim();
            query = query.Where(i => EF.Functions.Like(i.Titel, $"%{z}%") || EF.Functions.Like(i.Omschrijving, $"%{z}%") || i.Referentie == z);
        }

        var rows = await query.OrderByDescending(i => i.IngediendOp).Skip(skip ?? 0).Take(Math.Clamp(take ?? 200, 1, 1000))
            .Select(i => new { i.Id, i.Referentie, i.Titel, i.Thema, i.Status, BuurtCode = i.Buurt!.Code, BuurtNaam = i.Buurt.Naam, i.IngediendOp, i.GevraagdBedrag })
            .ToListAsync(ct);
        return TypedResults.Ok(rows.Select(i => new InitiatiefSamenvatting(i.Id, i.Referentie, i.Titel, i.Thema.ToString(), i.Status.ToString(), i.BuurtCode, i.BuurtNaam, i.IngediendOp, i.GevraagdBedrag)).ToList());
    }

    /// <summary>One initiative, if the access rules allow; the resident's name and contact only where the relationship needs them (and then logged).</summary>
    public static async Task<Results<Ok<InitiatiefDetail>, NotFound, ForbidHttpResult>> GetAsync(
        int id, ClaimsPrincipal user, InitiatiefToegang toegang, IAuthorizationService autorisatie, TimeProvider clock,
        ParticipatieDbContext db, WorkflowEngine engine, CancellationToken ct)
    {
        var (bestaat, vraag) = await ToegangAsync(id, user, InitiatiefToegang.Lezen, toegang, autorisatie, db, ct);
        if (vraag is null)
        {
            return bestaat ? TypedResults.Forbid() : TypedResults.NotFound();
        }

        var gebruiker = vraag.Gebruiker;
        var contact = (await autorisatie.AuthorizeAsync(user, vraag, InitiatiefToegang.ContactLezen)).Succeeded;
        var i = await db.Initiatieven.AsNoTracking().Include(x => x.Buurt).ThenInclude(b => b!.Wijk).Include(x => x.StatusHistorie).Include(x => x.Bewoner)
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (i is null)
        {
            return TypedResults.NotFound();
        }

        var beslissingen = await db.RegelBeslissingen.AsNoTracking().Where(b => b.InitiatiefId == id).OrderBy(b => b.Op).ToListAsync(ct);
        WerkstroomInfo? werkstroom = null;
        if (i.WorkflowInstanceId is { } instanceId && await engine.Runtime.GetAsync(instanceId, ct) is { } instance)
        {
            werkstroom = new WerkstroomInfo(instance.Id, instance.Status.ToString(), instance.SubStatus.ToString(),
                instance.Bookmarks.Select(b => b.ActivityName ?? b.ActivityId).ToList());
        }

        if (contact && i.Bewoner is not null)
        {
            db.PersoonsgegevensInzages.Add(new PersoonsgegevensInzage
            {
                Door = gebruiker.Gebruikersnaam,
                Rollen = string.Join(",", gebruiker.Rollen.Order(StringComparer.Ordinal)),
                Op = clock.GetUtcNow().UtcDateTime,
                InitiatiefId = i.Id,
                BewonerId = i.Bewoner.Id,
                Wat = PersoonsgegevensInzage.Contact,
            });
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Ok(new InitiatiefDetail(
            i.Id, i.Referentie, i.Titel, i.Omschrijving, i.Thema.ToString(), i.Status.ToString(), i.Buurt!.Code, i.Buurt.Naam, i.Buurt.Wijk!.Naam,
            i.VoorWie, i.MetWie, i.AantalDeelnemers, i.AantalHandtekeningen, Regels.RegelInvoerFactory.HulpCodes(i.GevraagdeOndersteuning),
            i.GeraamdBudget, i.GevraagdBedrag, i.EigenBijdrageGeld, i.EigenBijdrageUren, i.EigenBijdrageMaterialen, i.WilZelfUitvoeren,
            i.StartDatum, i.IngediendOp, contact ? i.Bewoner?.Naam : null, contact ? i.Bewoner?.Email ?? i.Bewoner?.Telefoon : null,
            i.StatusHistorie.OrderBy(h => h.Op).ThenBy(h => h.Id).Select(h => new StatusRegel(h.Status.ToString(), h.Op, h.Door, h.Toelichting)).ToList(),
            beslissingen.Select(b => new Beslissing(b.Regelset, b.RegelsetVersie, b.Op, b.Uitkomsten, JsonNode.Parse(b.ResultaatJson))).ToList(),
            werkstroom));
    }

    /// <summary>Withdraw on the resident's behalf (they called or mailed): the routing stops and open tasks lapse.</summary>
    public static async Task<Results<NoContent, NotFound, ForbidHttpResult, Conflict<string>>> IntrekkenAsync(
        int id, IntrekRequest request, ClaimsPrincipal user, InitiatiefToegang toegang, IAuthorizationService autorisatie,
        InitiatiefRoutering routering, ParticipatieDbContext db, CancellationToken ct)
    {
        var (bestaat, vraag) = await ToegangAsync(id, user, InitiatiefToegang.Intrekken, toegang, autorisatie, db, ct);
        if (vraag is null)
        {
            return bestaat ? TypedResults.Forbid() : TypedResults.NotFound();
        }

        return await routering.TrekInAsync(id, user.Identity?.Name ?? StaffRoles.Beheer, request.Toelichting, ct)
            ? TypedResults.NoContent()
            : TypedResults.Conflict("Dit initiatief is al afgerond of ingetrokken.");
    }

    /// <summary>Whether the initiative exists, and the question to the access rules when <paramref name="operatie"/> is allowed (null when not).</summary>
    private static async Task<(bool Bestaat, InitiatiefToegangsvraag? Toegestaan)> ToegangAsync(
        int id, ClaimsPrincipal user, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operatie,
        InitiatiefToegang toegang, IAuthorizationService autorisatie, ParticipatieDbContext db, CancellationToken ct)
    {
        if (await toegang.RelatieAsync(id, ct) is not { } relatie)
        {
            return (false, null);
        }

        if (await StaffGebruiker.LaadAsync(user, db, ct) is not { } gebruiker)
        {
            return (true, null);
        }

        var vraag = new InitiatiefToegangsvraag(gebruiker, relatie);
        return (true, (await autorisatie.AuthorizeAsync(user, vraag, operatie)).Succeeded ? vraag : null);
    }
}
