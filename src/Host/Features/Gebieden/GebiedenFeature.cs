namespace Participatie.Host.Features.Gebieden;

/// <summary>Buurten and wijken: the buurt list with each buurt's verdict, and the CBS StatLine import.</summary>
public static class GebiedenFeature
{
    public static IServiceCollection AddGebieden(this IServiceCollection services)
    {
        services.AddScoped<CbsStatLineImporter>();
        return services;
    }

    public static IEndpointRouteBuilder MapGebieden(this IEndpointRouteBuilder app)
    {
        app.MapBuurtenApi();
        return app;
    }
}
