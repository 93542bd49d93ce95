namespace Participatie.Workflows;

/// <summary>Something an application adds to its workflow engine: activities, an expression language, options.</summary>
public interface IWorkflowEngineExtension
{
    void Configure(WorkflowEngineBuilder builder, IServiceProvider services);
}
