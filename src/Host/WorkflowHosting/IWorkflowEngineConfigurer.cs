using Participatie.Workflows;

namespace Participatie.Host.WorkflowHosting;

/// <summary>Adds to the engine what the Host knows about: domain activities, the C# expression evaluator.</summary>
public interface IWorkflowEngineConfigurer
{
    void Configure(WorkflowEngineBuilder builder, IServiceProvider services);
}
