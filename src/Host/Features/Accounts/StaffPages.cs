
namespace Participatie.Host.Features.Accounts;

/// <summary>Server-side routes for the plain pages that are not static files by name.</summary>
public static class StaffPages
{
    public static IEndpointRouteBuilder MapStaffPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", (IWebHostEnvironment env) =>
            Results.File(env.WebRootFileProvider.GetFileInfo("login.html").PhysicalPath!, "text/html; charset=utf-8"))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
