using Participatie.Workflows.Expressions;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Registry;

namespace Participatie.Workflows.Runtime;

/// <summary>Everything a running workflow needs from the engine.</summary>
internal sealed class EngineContext
{
    public required ActivityRegistry Registry { get; init; }
    public required ExpressionEvaluators Evaluators { get; init; }
    public required TimeProvider Time { get; init; }
    public required IServiceProvider Services { get; init; }
    public required IWorkflowDefinitionStore DefinitionStore { get; init; }
    public required IWorkflowInstanceStore InstanceStore { get; init; }
    public required WorkflowEngineOptions Options { get; init; }
    public required Http.IWorkflowHttpSender HttpSender { get; init; }
    public WorkflowRuntime Runtime { get; set; } = null!;
    public WorkflowCompiler Compiler { get; set; } = null!;
    public Triggers.WorkflowTriggerIndex Triggers { get; set; } = null!;
    /// <summary>Parsed definitions by version id and "published:definitionId"; cleared on every definition change.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, Model.WorkflowDefinition> DefinitionCache { get; } = new(StringComparer.Ordinal);
    private long _generation;
    /// <summary>Counts definition changes (and forgets): caches derived from definitions, such as the trigger index, compare it.</summary>
    public long Generation => Interlocked.Read(ref _generation);
    public void DefinitionsChanged() => Interlocked.Increment(ref _generation);
}
