using Participatie.Host.WorkflowHosting;
using Participatie.Workflows;

namespace Participatie.Host.Hosting;

/// <summary>The workflow engine over the database, with the Host's clock, services and extensions.</summary>
public static class WorkflowServiceCollectionExtensions
{
    public static IServiceCollection AddWorkflowHosting(this IServiceCollection services)
    {
        services.AddSingleton<EfWorkflowDefinitionStore>();
        services.AddSingleton<EfWorkflowInstanceStore>();
        services.AddSingleton(sp => WorkflowEngine.Create(builder =>
        {
            builder.UseStores(sp.GetRequiredService<EfWorkflowDefinitionStore>(), sp.GetRequiredService<EfWorkflowInstanceStore>());
            builder.UseTime(sp.GetRequiredService<TimeProvider>());
            builder.UseServices(sp);
            foreach (var configurer in sp.GetServices<IWorkflowEngineConfigurer>())
            {
                configurer.Configure(builder, sp);
            }
        }));
        services.AddSingleton<WorkflowCatalog>();
        services.AddSingleton<IWorkflowEngineConfigurer, RulesExpressionConfigurer>();
        services.AddSingleton<IWorkflowEngineConfigurer, WorkflowActivities.DomainActivitiesConfigurer>();
        services.AddSingleton<WorkflowActivities.RegelBeslissingen>();
        services.AddSingleton<WorkflowActivities.InitiatiefRegelBron>();
        services.AddSingleton<Taken.TaakRegistratie>();
        services.AddScoped<Taken.TaakService>();
        services.AddSingleton<Taken.TaakBewaking>();
        services.AddScoped<Initiatieven.InitiatiefRoutering>();
        services.AddScoped<Initiatieven.IInitiatiefIngediendHandler>(sp => sp.GetRequiredService<Initiatieven.InitiatiefRoutering>());
        return services;
    }
}
