using Participatie.Host.Domain;
using Participatie.Workflows;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// The workflow engine over the database (definitions, instances, timers), the C# expression language, the
/// generic WaitUntil activity, and the designer's API. Features add their own activities with
/// <see cref="WorkflowsServiceCollectionExtensions.AddWorkflowActivity{TActivity}"/>.
/// </summary>
public static class WerkstromenFeature
{
    /// <summary>Who may change workflows in the designer.</summary>
    public const string EditPolicy = "workflows-edit";

    public static IServiceCollection AddWerkstromen(this IServiceCollection services)
    {
        services.AddSingleton<EfWorkflowDefinitionStore>();
        services.AddSingleton<EfWorkflowInstanceStore>();
        services.AddWorkflows((builder, sp) =>
        {
            builder.UseStores(sp.GetRequiredService<EfWorkflowDefinitionStore>(), sp.GetRequiredService<EfWorkflowInstanceStore>());
            // Inputs may carry residents' data and every staff member may read instances: the journal keeps an
            // activity's inputs only where the workflow or activity asks for it (logPersistenceMode Include).
            builder.Options.JournalInputsByDefault = false;
        });
        services.AddSingleton<IWorkflowEngineExtension, CSharpExpressions>();
        services.AddWorkflowActivity<WaitUntil>();
        services.AddSingleton<WorkflowCatalog>();
        services.AddSingleton<WorkflowSjablonen>();
        services.AddSingleton<WerkstroomLabels>();
        services.AddSingleton<NieuweWorkflow>();
        services.AddSingleton<WorkflowBeeindiging>();
        services.AddHostedService<WorkflowTimerService>();
        services.AddHostedService<WerkstroomSynchronisatie>();
        WerkstroomHttp.AddWerkstroomHttp(services);
        services.AddSingleton<WerkstroomGebeurtenissen>();
        services.AddAuthorizationBuilder()
            .AddPolicy(EditPolicy, p => p.RequireRole(StaffRoles.Afdeling, StaffRoles.Beheer));
        return services;
    }

    public static IEndpointRouteBuilder MapWerkstromen(this IEndpointRouteBuilder app)
    {
        app.MapWorkflowsApi();
        app.MapWerkstroomEndpoints();
        return app;
    }
}
