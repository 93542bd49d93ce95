using Participatie.Host.WorkflowHosting;
using Participatie.Workflows;

namespace Participatie.Host.WorkflowActivities;

/// <summary>Registers Participatie's own activities with the engine, next to the built-in ones (same descriptors, same palette).</summary>
public sealed class DomainActivitiesConfigurer : IWorkflowEngineConfigurer
{
    public void Configure(WorkflowEngineBuilder builder, IServiceProvider services) => builder
        .AddActivity<EvaluateRules>()
        .AddActivity<HumanTask>()
        .AddActivity<NotifyResident>()
        .AddActivity<SetInitiatiefStatus>()
        .AddActivity<WaitUntil>()
        .AddActivity<SetProgrammaFase>()
        .AddActivity<SelecteerBuurten>();
}
