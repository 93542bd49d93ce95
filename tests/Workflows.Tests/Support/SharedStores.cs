using Participatie.Workflows.Persistence;

namespace Participatie.Workflows.Tests.Support;

/// <summary>Stores that outlive engines: a "restart" is a new engine over the same stores.</summary>
public sealed class SharedStores
{
    public InMemoryWorkflowDefinitionStore Definitions { get; } = new();
    public InMemoryWorkflowInstanceStore Instances { get; } = new();
    public ManualTimeProvider Clock { get; } = new();
    public StringWriter Output { get; } = new();

    public WorkflowEngine NewEngine(Action<WorkflowEngineBuilder>? configure = null) => WorkflowEngine.Create(b =>
    {
        b.UseStores(Definitions, Instances).UseTime(Clock);
        b.Options.Output = Output;
        configure?.Invoke(b);
    });

    public IReadOnlyList<string> Lines => Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
}
