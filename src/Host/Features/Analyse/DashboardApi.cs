using Microsoft.AspNetCore.Http.HttpResults;
using Participatie.Host.Features.Accounts;

namespace Participatie.Host.Features.Analyse;

/// <summary>Workbench figures for staff: initiatives per buurt and status, lead times, bottlenecks, overdue tasks, share supported.</summary>
public static class DashboardApi
{
    public static RouteGroupBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/dashboard").WithTags("Dashboard").RequireAuthorization(StaffPolicies.Staff);
        api.MapGet("/", GetAsync);
        return api;
    }

    public static async Task<Ok<Werkstroom.Overzicht>> GetAsync(RapportService rapporten, CancellationToken ct) =>
        TypedResults.Ok(await rapporten.WerkstroomAsync(ct));
}
