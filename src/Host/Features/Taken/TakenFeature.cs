using Participatie.Workflows;

namespace Participatie.Host.Features.Taken;

/// <summary>Tasks for staff: the HumanTask activity, completing a task, reminders and escalations, the task list API.</summary>
public static class TakenFeature
{
    public static IServiceCollection AddTaken(this IServiceCollection services)
    {
        services.AddSingleton<TaakRegistratie>();
        services.AddScoped<TaakService>();
        services.AddSingleton<TaakFormulierWijzer>();
        services.AddWorkflowActivity<HumanTask>();
        services.AddSingleton<TaakBewaking>();
        services.AddHostedService(sp => sp.GetRequiredService<TaakBewaking>());
        return services;
    }

    public static IEndpointRouteBuilder MapTaken(this IEndpointRouteBuilder app)
    {
        app.MapTakenApi();
        return app;
    }
}
