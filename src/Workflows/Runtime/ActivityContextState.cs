using System.Text.Json.Nodes;

namespace Participatie.Workflows.Runtime;

/// <summary>Persisted state of one live activity execution (a running container, a blocked activity).</summary>
public sealed class ActivityContextState
{
    public string Id { get; set; } = "";
    /// <summary>Path of the activity in the compiled graph (unique also inside workflows used as activities).</summary>
    public string NodeId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string? ParentId { get; set; }
    public ActivityStatus Status { get; set; }
    /// <summary>Activity-private state (join counters, tokens, loop indexes).</summary>
    public JsonObject Properties { get; set; } = [];
    /// <summary>Variables local to this context and its descendants (ForEach CurrentValue).</summary>
    public JsonObject? Locals { get; set; }
    /// <summary>Set on workflow boundaries (a workflow used as an activity): its own variables, input and output.</summary>
    public WorkflowScope? Scope { get; set; }
    /// <summary>Journal entry of this execution.</summary>
    public long JournalSequence { get; set; }
}
