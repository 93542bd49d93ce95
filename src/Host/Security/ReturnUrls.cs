using Microsoft.AspNetCore.Http.HttpResults;

namespace Participatie.Host.Security;

/// <summary>
/// Where the browser may go after signing in. Only a path on this site, by the framework's own local-URL rules
/// (<see cref="RedirectHttpResult.IsLocalUrl"/>): "/x" yes; "//host", "/\host", "https://host" and control characters no.
/// Browsers read "/\evil.example" as "//evil.example", which a plain starts-with-"/" check let through.
/// </summary>
public static class ReturnUrls
{
    public const string Default = "/app/taken";

    public static string Safe(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && RedirectHttpResult.IsLocalUrl(returnUrl) ? returnUrl : Default;
}
