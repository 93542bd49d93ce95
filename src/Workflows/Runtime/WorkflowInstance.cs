using System.Text.Json.Nodes;

namespace Participatie.Workflows.Runtime;

/// <summary>
/// The whole persisted state of a workflow instance. Plain JSON-serialisable data (System.Text.Json): the Host's
/// EF Core store can keep it as one JSON column plus indexed copies of the ids, status, correlation and bookmarks.
/// </summary>
public sealed class WorkflowInstance
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    /// <summary>The definition version id the instance runs on; it never changes.</summary>
    public string DefinitionVersionId { get; set; } = "";
    public int Version { get; set; }
    public string? Name { get; set; }
    public string? CorrelationId { get; set; }
    public WorkflowStatus Status { get; set; } = WorkflowStatus.Running;
    public WorkflowSubStatus SubStatus { get; set; } = WorkflowSubStatus.Pending;
    public FlowchartMode FlowchartMode { get; set; }
    public FaultStrategy FaultStrategy { get; set; }
    public string? ParentInstanceId { get; set; }
    /// <summary>Free-form properties (ParentInstanceId and others, as Elsa's WorkflowState.Properties).</summary>
    public Dictionary<string, string> Properties { get; set; } = [];
    /// <summary>Definition versions of workflows used as activities, pinned when the instance started (definitionId → version id).</summary>
    public Dictionary<string, string> PinnedVersions { get; set; } = [];
    /// <summary>Outcomes the workflow finished with (a root-level Complete activity, else the root's ports).</summary>
    public List<string> Outcomes { get; set; } = [];
    public JsonObject Input { get; set; } = [];
    public JsonObject Output { get; set; } = [];
    /// <summary>Root-scope variables by name.</summary>
    public JsonObject Variables { get; set; } = [];
    /// <summary>Outputs of named root-scope activities (for <c>getOutputFromX()</c>).</summary>
    public JsonObject ActivityOutputs { get; set; } = [];
    /// <summary>Live activity execution contexts (completed ones are dropped; the journal keeps history).</summary>
    public List<ActivityContextState> Contexts { get; set; } = [];
    /// <summary>Scheduled work not yet executed.</summary>
    public List<WorkItem> Scheduled { get; set; } = [];
    public List<Bookmark> Bookmarks { get; set; } = [];
    public List<Incident> Incidents { get; set; } = [];
    public List<JournalEntry> Journal { get; set; } = [];
    public long NextSequence { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>Optimistic concurrency token: the store increments it on every save and rejects stale saves.</summary>
    public long ConcurrencyVersion { get; set; }
}
