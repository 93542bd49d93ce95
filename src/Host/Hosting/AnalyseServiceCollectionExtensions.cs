using Microsoft.Extensions.DependencyInjection.Extensions;
using Participatie.Host.Analyse;
using Participatie.Host.Apis;

namespace Participatie.Host.Hosting;

/// <summary>Analysis, reports, dashboard and open data (issue 9): services and endpoints.</summary>
public static class AnalyseServiceCollectionExtensions
{
    public static IServiceCollection AddAnalyse(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.TryAddScoped<AnalyseGegevens>();
        services.TryAddScoped<RapportService>();
        return services;
    }

    /// <summary>/api/interventies, /api/dashboard, /api/open-data and the /rapporten pages.</summary>
    public static IEndpointRouteBuilder MapAnalyse(this IEndpointRouteBuilder app)
    {
        app.MapInterventiesApi();
        app.MapDashboardApi();
        app.MapOpenDataApi();
        app.MapRapporten();
        return app;
    }
}
