using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Accounts;
using Participatie.Host.Data;

namespace Participatie.Host.Privacy;

/// <summary>
/// Beheer sets what a staff account's relationships are: the wijken a wijkcoördinator works in (none: the whole
/// municipality) and the corporation a corporatie account works for. The access rules read them on every request.
/// </summary>
public static class AccountToegangApi
{
    public sealed record ToegangRequest(IReadOnlyList<string>? Wijken, int? WoningcorporatieId);

    public sealed record ToegangResponse(string Gebruikersnaam, IReadOnlyList<string> Wijken, int? WoningcorporatieId);

    public static RouteGroupBuilder MapAccountToegangApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/accounts").WithTags("Accounts").RequireAuthorization(StaffRoles.Beheer);
        api.MapPut("/{gebruikersnaam}/toegang", ZetAsync);
        return api;
    }

    public static async Task<Results<Ok<ToegangResponse>, NotFound, ProblemHttpResult>> ZetAsync(
        string gebruikersnaam, ToegangRequest request, ParticipatieDbContext db, CancellationToken ct)
    {
        var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.Gebruikersnaam == gebruikersnaam, ct);
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        var wijken = (request.Wijken ?? []).Select(w => w.Trim()).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var bekend = await db.Wijken.Where(w => wijken.Contains(w.Code)).Select(w => w.Code).ToListAsync(ct);
        if (wijken.Except(bekend).ToList() is { Count: > 0 } onbekend)
        {
            return TypedResults.Problem($"Onbekende wijkcode(s): {string.Join(", ", onbekend)}.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (request.WoningcorporatieId is { } id && !await db.Woningcorporaties.AnyAsync(c => c.Id == id, ct))
        {
            return TypedResults.Problem($"Woningcorporatie {id} bestaat niet.", statusCode: StatusCodes.Status400BadRequest);
        }

        account.WijkCodes = wijken;
        account.WoningcorporatieId = request.WoningcorporatieId;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new ToegangResponse(account.Gebruikersnaam, account.WijkCodes, account.WoningcorporatieId));
    }
}
