using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Accounts;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Chat;

/// <summary>Beheer reviews the texts workflows want to send to residents: list, approve, reject.</summary>
public static class BerichtSjablonenApi
{
    public sealed record SjabloonResponse(int Id, string Tekst, string Status, string Herkomst, DateTime VoorgesteldOp, string? BeoordeeldDoor, DateTime? BeoordeeldOp, string? Reden, int Wachtend);

    public sealed record AfwijsRequest(string? Reden);

    public static RouteGroupBuilder MapBerichtSjablonenApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/berichtsjablonen").WithTags("Berichtsjablonen").RequireAuthorization(StaffRoles.Beheer);
        api.MapGet("/", ListAsync);
        api.MapPost("/{id:int}/goedkeuren", GoedkeurenAsync);
        api.MapPost("/{id:int}/afwijzen", AfwijzenAsync);
        return api;
    }

    public static async Task<Ok<List<SjabloonResponse>>> ListAsync(string? status, ParticipatieDbContext db, CancellationToken ct)
    {
        var query = db.BerichtSjablonen.AsNoTracking();
        if (Enum.TryParse<BerichtSjabloonStatus>(status, ignoreCase: true, out var s))
        {
            query = query.Where(x => x.Status == s);
        }

        var rows = await query.OrderBy(x => x.Status).ThenByDescending(x => x.VoorgesteldOp)
            .Select(x => new SjabloonResponse(x.Id, x.Tekst, x.Status.ToString(), x.Herkomst, x.VoorgesteldOp, x.BeoordeeldDoor, x.BeoordeeldOp, x.Reden,
                db.UitgaandeBerichten.Count(b => b.SjabloonId == x.Id && b.AfgeleverdOp == null)))
            .ToListAsync(ct);
        return TypedResults.Ok(rows);
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> GoedkeurenAsync(
        int id, ClaimsPrincipal user, BerichtSjablonen sjablonen, ParticipatieDbContext db, CancellationToken ct)
    {
        var (gelukt, fout) = await sjablonen.KeurGoedAsync(db, id, user.Identity?.Name ?? StaffRoles.Beheer, ct);
        return gelukt ? TypedResults.NoContent()
            : fout is null ? TypedResults.NotFound()
            : TypedResults.Problem(fout, statusCode: StatusCodes.Status422UnprocessableEntity);
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> AfwijzenAsync(
        int id, AfwijsRequest request, ClaimsPrincipal user, BerichtSjablonen sjablonen, ParticipatieDbContext db, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reden))
        {
            return TypedResults.Problem("Geef een reden, zodat de ontwerper van de werkstroom weet wat er anders moet.", statusCode: StatusCodes.Status400BadRequest);
        }

        return await sjablonen.WijsAfAsync(db, id, user.Identity?.Name ?? StaffRoles.Beheer, request.Reden.Trim(), ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
