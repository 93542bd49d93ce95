namespace Participatie.Host.Pages;

/// <summary>The pages residents reach without an account.</summary>
public static class ResidentPages
{
    public static IEndpointRouteBuilder MapResidentPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/chat", (IWebHostEnvironment env) =>
            Results.File(env.WebRootFileProvider.GetFileInfo("chat.html").PhysicalPath!, "text/html; charset=utf-8"))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
