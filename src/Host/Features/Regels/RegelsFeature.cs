using Participatie.Rules;
using Participatie.Workflows;

namespace Participatie.Host.Features.Regels;

/// <summary>
/// The rule sets in use (buurtselectie, ondersteuning, routering): the engine, editing, testing, publishing and its
/// audit trail, the EvaluateRules activity, and the support assessment the chat and the intake ask for.
/// </summary>
public static class RegelsFeature
{
    public static IServiceCollection AddRegels(this IServiceCollection services)
    {
        services.AddRules();
        services.AddSingleton<RegelsetCatalog>();
        services.AddSingleton<RegelsetControle>();
        services.AddScoped<RegelsetBeheer>();
        services.AddScoped<RegelsetProef>();
        services.AddScoped<RegelInvoerFactory>();
        services.AddScoped<BuurtSelectie>();
        services.AddScoped<IOndersteuningsBeoordelaar, OndersteuningsBeoordelaar>();
        services.AddSingleton<RegelBeslissingen>();
        services.AddSingleton<InitiatiefRegelBron>();
        services.AddWorkflowActivity<EvaluateRules>();
        // Publishing on another node (or another process on the same database) reaches this one.
        services.AddHostedService<RegelsetSynchronisatie>();
        return services;
    }

    public static IEndpointRouteBuilder MapRegels(this IEndpointRouteBuilder app)
    {
        app.MapRegelsApi();
        return app;
    }
}
