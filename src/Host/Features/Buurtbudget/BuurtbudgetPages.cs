namespace Participatie.Host.Features.Buurtbudget;

/// <summary>The public page of a round (<c>/buurtbudget/{id}</c>): the ballot while voting is open, then the result.</summary>
public static class BuurtbudgetPages
{
    public static IEndpointRouteBuilder MapBuurtbudgetPages(this IEndpointRouteBuilder app)
    {
        // One static page for every round: its script reads the round's number from the address.
        app.MapGet("/buurtbudget/{id:int}", (int id, IWebHostEnvironment env) =>
                Results.File(env.WebRootFileProvider.GetFileInfo("stemmen.html").PhysicalPath!, "text/html; charset=utf-8"))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
