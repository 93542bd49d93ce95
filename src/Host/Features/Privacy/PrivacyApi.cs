using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Privacy;

/// <summary>
/// Inzageverzoek and erasure on request, for beheer: find a resident (and the records other features hold about
/// people: uitdaagrecht contacts, buurtbudget proposers, burgerberaad volunteers), export everything, erase it. Every
/// export and erasure is logged.
/// </summary>
public static class PrivacyApi
{
    public static RouteGroupBuilder MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/privacy").WithTags("Privacy").RequireAuthorization(StaffRoles.Beheer);
        api.MapGet("/bewoners", ZoekAsync);
        api.MapGet("/bewoners/{id:int}/export", ExportAsync);
        api.MapPost("/bewoners/{id:int}/wissen", WisAsync);
        // Records of other features found by the search (IPersoonsgegevensBron): uitdaagrecht, buurtbudget-voorstel, burgerberaad.
        api.MapGet("/bewoners/{soort}/{id:int}/export", ExportRecordAsync);
        api.MapPost("/bewoners/{soort}/{id:int}/wissen", WisRecordAsync);
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<PersoonsgegevensBeheer.BewonerTreffer>>, ProblemHttpResult>> ZoekAsync(
        string? zoek, PersoonsgegevensBeheer beheer, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(zoek) || zoek.Trim().Length < 3)
        {
            return TypedResults.Problem("Zoek op de volledige naam, het e-mailadres of het telefoonnummer van de bewoner.", statusCode: StatusCodes.Status400BadRequest);
        }

        return TypedResults.Ok(await beheer.ZoekAsync(zoek, ct));
    }

    public static async Task<Results<Ok<PersoonsgegevensBeheer.Export>, NotFound, ForbidHttpResult>> ExportAsync(
        int id, ClaimsPrincipal user, PersoonsgegevensBeheer beheer, ParticipatieDbContext db, CancellationToken ct)
    {
        if (await StaffGebruiker.LaadAsync(user, db, ct) is not { } gebruiker)
        {
            return TypedResults.Forbid();
        }

        return await beheer.ExporteerAsync(id, gebruiker, ct) is { } export ? TypedResults.Ok(export) : TypedResults.NotFound();
    }

    public static async Task<Results<NoContent, NotFound, ForbidHttpResult>> WisAsync(
        int id, ClaimsPrincipal user, PersoonsgegevensBeheer beheer, ParticipatieDbContext db, CancellationToken ct)
    {
        if (await StaffGebruiker.LaadAsync(user, db, ct) is not { } gebruiker)
        {
            return TypedResults.Forbid();
        }

        return await beheer.WisAsync(id, gebruiker, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<PersoonsgegevensBeheer.RecordExport>, NotFound, ForbidHttpResult>> ExportRecordAsync(
        string soort, int id, ClaimsPrincipal user, PersoonsgegevensBeheer beheer, ParticipatieDbContext db, CancellationToken ct)
    {
        if (await StaffGebruiker.LaadAsync(user, db, ct) is not { } gebruiker)
        {
            return TypedResults.Forbid();
        }

        return await beheer.ExporteerAsync(soort, id, gebruiker, ct) is { } export ? TypedResults.Ok(export) : TypedResults.NotFound();
    }

    public static async Task<Results<NoContent, NotFound, ForbidHttpResult>> WisRecordAsync(
        string soort, int id, ClaimsPrincipal user, PersoonsgegevensBeheer beheer, ParticipatieDbContext db, CancellationToken ct)
    {
        if (await StaffGebruiker.LaadAsync(user, db, ct) is not { } gebruiker)
        {
            return TypedResults.Forbid();
        }

        return await beheer.WisAsync(soort, id, gebruiker, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
