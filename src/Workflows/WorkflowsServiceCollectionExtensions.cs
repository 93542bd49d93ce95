using Microsoft.Extensions.DependencyInjection;
using Participatie.Workflows.Activities;

namespace Participatie.Workflows;

/// <summary>
/// Registers the workflow engine in a service collection, as Elsa's <c>AddElsa(elsa =&gt; elsa.UseWorkflows(…))</c>:
/// one <see cref="WorkflowEngine"/> per application, built on first use from the application's clock and services.
/// Anything registered with <see cref="AddWorkflowActivity{TActivity}"/> or as an <see cref="IWorkflowEngineExtension"/>
/// joins the engine, so a feature brings its own activities without the composition knowing them.
/// </summary>
public static class WorkflowsServiceCollectionExtensions
{
    public static IServiceCollection AddWorkflows(this IServiceCollection services, Action<WorkflowEngineBuilder, IServiceProvider>? configure = null)
    {
        services.AddSingleton(sp => WorkflowEngine.Create(builder => ConfigureEngine(builder, sp, configure)));
        return services;
    }

    /// <summary>
    /// Applies what the application registered (its clock, its services, every extension and activity) to a builder.
    /// Tools that build an engine of their own over other stores (a command-line check, a benchmark) call this so their
    /// engine knows the same activities as the application's.
    /// </summary>
    public static void ConfigureEngine(WorkflowEngineBuilder builder, IServiceProvider services, Action<WorkflowEngineBuilder, IServiceProvider>? configure = null)
    {
        builder.UseServices(services);
        if (services.GetService(typeof(TimeProvider)) is TimeProvider clock)
        {
            builder.UseTime(clock);
        }

        foreach (var extension in services.GetServices<IWorkflowEngineExtension>())
        {
            extension.Configure(builder, services);
        }

        configure?.Invoke(builder, services);
    }

    /// <summary>Makes an activity type available to every workflow (and to the designer's palette).</summary>
    public static IServiceCollection AddWorkflowActivity<TActivity>(this IServiceCollection services)
        where TActivity : Activity, new()
    {
        services.AddSingleton<IWorkflowEngineExtension>(new ActivityExtension<TActivity>());
        return services;
    }

    private sealed class ActivityExtension<TActivity> : IWorkflowEngineExtension
        where TActivity : Activity, new()
    {
        public void Configure(WorkflowEngineBuilder builder, IServiceProvider services) => builder.AddActivity<TActivity>();
    }
}
