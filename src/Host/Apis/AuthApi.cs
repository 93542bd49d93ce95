using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Participatie.Host.Accounts;
using Participatie.Host.Hosting;
using Participatie.Host.Security;

namespace Participatie.Host.Apis;

/// <summary>Sign-in for staff: one cookie serves pages and API alike.</summary>
public static class AuthApi
{
    /// <param name="ReturnUrl">The page that sent the browser to the login form, as the form found it in its address.</param>
    public sealed record LoginRequest(string? Username, string? Password, string? ReturnUrl = null);

    public sealed record MeResponse(string Gebruikersnaam, string Naam, IReadOnlyList<string> Rollen);

    /// <param name="Doorsturen">Where the login form sends the browser: the return URL when it is a path on this site, else the inbox.</param>
    public sealed record LoginResponse(string Gebruikersnaam, string Naam, IReadOnlyList<string> Rollen, string Doorsturen);

    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/auth").WithTags("Auth");
        api.MapPost("/login", LoginAsync).RequireRateLimiting(WebApplicationExtensions.LoginRateLimit).RequireSameOrigin().AllowAnonymous();
        api.MapPost("/logout", LogoutAsync).AllowAnonymous();
        api.MapGet("/me", Me).RequireAuthorization(WebApplicationExtensions.StaffPolicy);
        return api;
    }

    public static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, StaffAccountService accounts, LoginLockout lockout, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Username) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.Problem("Vul een gebruikersnaam en wachtwoord in.", statusCode: StatusCodes.Status400BadRequest);
        }

        var username = request.Username.Trim().ToLowerInvariant();
        var address = ClientAddress.Of(http);
        if (lockout.LockedFor(username, address) is { } remaining)
        {
            // Checked before the password: during a lock a guess, right or wrong, tells the guesser nothing.
            return Locked(http, remaining);
        }

        var account = await accounts.VerifyAsync(username, request.Password, ct);
        if (account is null)
        {
            lockout.RecordFailure(username, address);
            return TypedResults.Problem("Gebruikersnaam of wachtwoord klopt niet.", statusCode: StatusCodes.Status401Unauthorized);
        }

        lockout.RecordSuccess(username, address);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, StaffSessions.CreatePrincipal(account));
        return TypedResults.Ok(new LoginResponse(account.Gebruikersnaam, account.Naam, account.Rollen, ReturnUrls.Safe(request.ReturnUrl)));
    }

    public static async Task<NoContent> LogoutAsync(HttpContext http, StaffAccountService accounts, CancellationToken ct)
    {
        // A copy of the cookie (another tab, a stolen one) must not outlive the logout: end every session of the account.
        if (StaffSessions.AccountId(http.User) is { } accountId)
        {
            await accounts.EndSessionsAsync(accountId, ct);
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult Locked(HttpContext http, TimeSpan remaining)
    {
        var minutes = (int)Math.Ceiling(remaining.TotalMinutes);
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(remaining.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            $"Dit account is tijdelijk geblokkeerd na te veel mislukte inlogpogingen. Probeer het over {minutes} {(minutes == 1 ? "minuut" : "minuten")} opnieuw.",
            statusCode: StatusCodes.Status429TooManyRequests);
    }

    public static Ok<MeResponse> Me(ClaimsPrincipal user) =>
        TypedResults.Ok(new MeResponse(
            user.Identity!.Name!,
            user.FindFirstValue("naam") ?? user.Identity.Name!,
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList()));
}
