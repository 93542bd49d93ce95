namespace Participatie.Host.Features.Burgerberaad;

/// <summary>The public page of a beraad (<c>/burgerberaad/{id}</c>): registration with the letter's code while it is open, then the result.</summary>
public static class BurgerberaadPages
{
    public static IEndpointRouteBuilder MapBurgerberaadPages(this IEndpointRouteBuilder app)
    {
        // One static page for every beraad: its script reads the number from the address.
        app.MapGet("/burgerberaad/{id:int}", (int id, IWebHostEnvironment env) =>
                Results.File(env.WebRootFileProvider.GetFileInfo("burgerberaad.html").PhysicalPath!, "text/html; charset=utf-8"))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
