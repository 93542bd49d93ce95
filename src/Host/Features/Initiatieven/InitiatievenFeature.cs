using Participatie.Workflows;

namespace Participatie.Host.Features.Initiatieven;

/// <summary>
/// Bewonersinitiatieven: intake (idempotent), routing into their workflow, status and its history, the repair of
/// initiatives a crash left without a workflow, and the staff API.
/// </summary>
public static class InitiatievenFeature
{
    public static IServiceCollection AddInitiatieven(this IServiceCollection services)
    {
        services.AddSingleton<HulpsoortCatalogus>();
        services.AddScoped<InitiatiefService>();
        services.AddScoped<InitiatiefRoutering>();
        // The domain event first, then the routing: see InitiatiefIngediendGebeurtenis.
        services.AddScoped<IInitiatiefIngediendHandler, InitiatiefIngediendGebeurtenis>();
        services.AddScoped<IInitiatiefIngediendHandler>(sp => sp.GetRequiredService<InitiatiefRoutering>());
        services.AddWorkflowActivity<SetInitiatiefStatus>();
        services.AddSingleton<InitiatiefHerstel>();
        services.AddHostedService(sp => sp.GetRequiredService<InitiatiefHerstel>());
        return services;
    }

    public static IEndpointRouteBuilder MapInitiatieven(this IEndpointRouteBuilder app)
    {
        app.MapInitiatievenApi();
        return app;
    }
}
