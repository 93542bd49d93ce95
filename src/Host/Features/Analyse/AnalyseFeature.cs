using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Participatie.Host.Features.Analyse;

/// <summary>Analysis, reports, dashboard and open data and their endpoints.</summary>
public static class AnalyseFeature
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
