using Participatie.Host.Security;

namespace Participatie.Host.Pages;

/// <summary>The pages residents reach without an account.</summary>
public static class ResidentPages
{
    /// <summary>
    /// The chat page is a template, not a static file: each response carries the nonce its Content-Security-Policy admits
    /// Web Chat's run-time styles by (see <see cref="SecurityHeaders"/>).
    /// </summary>
    private static readonly Lazy<string> ChatTemplate = new(() =>
    {
        using var stream = typeof(ResidentPages).Assembly.GetManifestResourceStream("Participatie.Host.Pages.chat.html")
            ?? throw new InvalidOperationException("chat.html ontbreekt in de assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static IEndpointRouteBuilder MapResidentPages(this IEndpointRouteBuilder app)
    {
        app.MapGet(SecurityHeaders.ChatPath, (HttpContext context) =>
            {
                // A fresh nonce per response: never serve this page from a cache.
                context.Response.Headers.CacheControl = "no-store";
                return Results.Content(ChatTemplate.Value.Replace("{{csp-nonce}}", SecurityHeaders.CspNonce(context), StringComparison.Ordinal), "text/html; charset=utf-8");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
