using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Accounts;
using Participatie.Host.Data;

namespace Participatie.Host.Apis;

/// <summary>Staff accounts, for administrators (role beheer).</summary>
public static class AccountsApi
{
    public sealed record AccountResponse(string Gebruikersnaam, string Naam, IReadOnlyList<string> Rollen, bool IsActief);

    public sealed record AccountRequest(string Gebruikersnaam, string Naam, string Wachtwoord, IReadOnlyList<string> Rollen);

    public static RouteGroupBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/accounts").WithTags("Accounts").RequireAuthorization(StaffRoles.Beheer);
        api.MapGet("/", ListAsync);
        api.MapPost("/", UpsertAsync);
        api.MapPost("/{gebruikersnaam}/deactiveren", DeactivateAsync);
        return api;
    }

    public static async Task<Ok<List<AccountResponse>>> ListAsync(ParticipatieDbContext db, CancellationToken ct)
    {
        var accounts = await db.StaffAccounts.AsNoTracking().OrderBy(a => a.Gebruikersnaam).ToListAsync(ct);
        return TypedResults.Ok(accounts.Select(a => new AccountResponse(a.Gebruikersnaam, a.Naam, a.Rollen, a.IsActief)).ToList());
    }

    public static async Task<Results<Ok<AccountResponse>, ProblemHttpResult>> UpsertAsync(AccountRequest request, StaffAccountService service, CancellationToken ct)
    {
        try
        {
            var a = await service.UpsertAsync(request.Gebruikersnaam, request.Naam, request.Wachtwoord, request.Rollen, ct);
            return TypedResults.Ok(new AccountResponse(a.Gebruikersnaam, a.Naam, a.Rollen, a.IsActief));
        }
        catch (AccountValidationException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>Switches an account off and ends its sessions at once; adding it again (POST) switches it back on.</summary>
    public static async Task<Results<Ok<AccountResponse>, NotFound>> DeactivateAsync(string gebruikersnaam, StaffAccountService service, CancellationToken ct) =>
        await service.DeactivateAsync(gebruikersnaam, ct) is { } a
            ? TypedResults.Ok(new AccountResponse(a.Gebruikersnaam, a.Naam, a.Rollen, a.IsActief))
            : TypedResults.NotFound();
}
