using Participatie.Workflows.Activities;
using Participatie.Workflows.Model;

namespace Participatie.Workflows.Runtime;

/// <summary>A definition version turned into activity objects, with workflows used as activities expanded inline.</summary>
internal sealed class CompiledWorkflow
{
    public required WorkflowDefinition Definition { get; init; }
    public Activity Root { get; set; } = null!;
    public Dictionary<string, Activity> Nodes { get; } = new(StringComparer.Ordinal);
    /// <summary>Boundary node id → the definition of the workflow used as activity there.</summary>
    public Dictionary<string, WorkflowDefinition> Boundaries { get; } = new(StringComparer.Ordinal);
    /// <summary>definitionId → version id of every workflow used as activity.</summary>
    public Dictionary<string, string> Pinned { get; } = new(StringComparer.Ordinal);

}
