using Participatie.Host.Features.Accounts;

namespace Participatie.Host.Features.Analyse;

/// <summary>The four reports as server-rendered pages for signed-in staff; anonymous visitors are sent to /login.</summary>
public static class RapportenPaginas
{
    public static RouteGroupBuilder MapRapporten(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("rapporten").RequireAuthorization(StaffPolicies.Staff).ExcludeFromDescription();
        pages.MapGet("/", () => Results.Redirect(AnalyseRapport.Pad));
        pages.MapGet("/analyse", (RapportService s, CancellationToken ct) => PaginaAsync(s, AnalyseRapport.Maak, ct));
        pages.MapGet("/selectie", (RapportService s, CancellationToken ct) => PaginaAsync(s, SelectieRapport.Maak, ct));
        pages.MapGet("/voorstel", (RapportService s, CancellationToken ct) => PaginaAsync(s, VoorstelRapport.Maak, ct));
        pages.MapGet("/advies", (RapportService s, CancellationToken ct) => PaginaAsync(s, AdviesRapport.Maak, ct));
        return pages;
    }

    private static async Task<IResult> PaginaAsync(RapportService service, Func<RapportGegevens, string> maak, CancellationToken ct) =>
        Results.Content(maak(await service.LaadAsync(ct)), "text/html; charset=utf-8");
}
