using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Participatie.Host.Accounts;

namespace Participatie.Host.Security;

/// <summary>
/// Session revocation for the staff cookie. A cookie is self-contained (encrypted claims), so without a check it stays
/// valid until it expires, whatever happened to the account. Each cookie carries the account's security stamp; on every
/// request the stamp is compared with the database, so a logout, a new password, other roles or deactivation (which all
/// replace the stamp) end old sessions on their next request.
/// </summary>
public static class StaffSessions
{
    public const string CookieName = "participatie.auth";

    public const string SecurityStampClaim = "participatie:securitystamp";

    public static ClaimsPrincipal CreatePrincipal(StaffAccount account)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.Gebruikersnaam),
            new("naam", account.Naam),
            new(SecurityStampClaim, account.SecurityStamp),
        };
        claims.AddRange(account.Rollen.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>The account id of a signed-in principal, when it has one.</summary>
    public static int? AccountId(ClaimsPrincipal? principal) =>
        int.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>
    /// <c>CookieAuthenticationEvents.OnValidatePrincipal</c>. Not cached: accounts also change from the command line in
    /// another process, and one primary-key lookup per request is cheap next to what the request does.
    /// </summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var accountId = AccountId(context.Principal);
        var stamp = context.Principal?.FindFirstValue(SecurityStampClaim);
        if (accountId is { } id && stamp is not null
            && await context.HttpContext.RequestServices.GetRequiredService<StaffAccountService>().IsSessionValidAsync(id, stamp, context.HttpContext.RequestAborted))
        {
            return;
        }

        // Also clears the cookie, so the browser stops sending it.
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
