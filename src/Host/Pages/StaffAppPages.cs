using Participatie.Host.Hosting;
using Participatie.Host.Security;

namespace Participatie.Host.Pages;

/// <summary>
/// The staff single-page application under <c>/app/</c> (built by Vite from ClientApp into wwwroot/app): every
/// address that is not a file gets its index.html, behind the staff login. Its scripts and styles are static files.
/// </summary>
public static class StaffAppPages
{
    public static IEndpointRouteBuilder MapStaffApp(this IEndpointRouteBuilder app)
    {
        app.MapGet("/app", ServeShell).RequireAuthorization(WebApplicationExtensions.StaffPolicy).ExcludeFromDescription();
        app.MapGet("/app/{**path:nonfile}", ServeShell).RequireAuthorization(WebApplicationExtensions.StaffPolicy).ExcludeFromDescription();
        return app;
    }

    private static IResult ServeShell(HttpContext context, IWebHostEnvironment env)
    {
        var shell = env.WebRootFileProvider.GetFileInfo("app/index.html");
        if (!shell.Exists || shell.PhysicalPath is null)
        {
            return Results.Problem(
                "De medewerkersapplicatie is niet gebouwd (wwwroot/app ontbreekt). Bouw de Host met Node en npm, zonder SkipClientApp.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        // The shell carries this response's CSP nonce, which CodeMirror gives its run-time <style> element: never cache it.
        context.Response.Headers.CacheControl = "no-store";
        var html = File.ReadAllText(shell.PhysicalPath).Replace("{{csp-nonce}}", SecurityHeaders.CspNonce(context), StringComparison.Ordinal);
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
