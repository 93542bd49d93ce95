using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Participatie.Host.Accounts;
using Participatie.Host.Data;

namespace Participatie.Host.Privacy;

/// <summary>Inzageverzoek and erasure on request, for beheer: find a resident, export everything about them, erase it. Every call is logged.</summary>
public static class PrivacyApi
{
    public static RouteGroupBuilder MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/privacy").WithTags("Privacy").RequireAuthorization(StaffRoles.Beheer);
        api.MapGet("/bewoners", ZoekAsync);
        api.MapGet("/bewoners/{id:int}/export", ExportAsync);
        api.MapPost("/bewoners/{id:int}/wissen", WisAsync);
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
}
