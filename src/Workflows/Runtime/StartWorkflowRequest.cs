using System.Text.Json.Nodes;

namespace Participatie.Workflows.Runtime;

/// <summary>What to start: the published version of a definition (or a given version id), with input and correlation.</summary>
public sealed record StartWorkflowRequest
{
    public string DefinitionId { get; init; } = "";
    /// <summary>A specific version id; default: the published version (or, with <see cref="AllowDraft"/>, the latest when none is published).</summary>
    public string? DefinitionVersionId { get; init; }
    public bool AllowDraft { get; init; }
    public JsonObject? Input { get; init; }
    public string? CorrelationId { get; init; }
    public string? InstanceId { get; init; }
    /// <summary>The caller's own effects, committed in the same transaction as the new instance (e.g. linking it to a domain record).</summary>
    public IReadOnlyList<Persistence.CommitEffect>? InCommit { get; init; }
    public Dictionary<string, string>? Properties { get; init; }
    public FlowchartMode? FlowchartMode { get; init; }
    public FaultStrategy? FaultStrategy { get; init; }
    public string? ParentInstanceId { get; init; }
    /// <summary>
    /// The trigger that starts this instance (an activity marked <c>canStartWorkflow</c>): the flowchart starts there,
    /// and the activity completes at once with <see cref="TriggerPayload"/> instead of waiting for its stimulus.
    /// </summary>
    public string? TriggerActivityId { get; init; }
    /// <summary>What the trigger received: an event's payload, an HTTP request.</summary>
    public System.Text.Json.Nodes.JsonNode? TriggerPayload { get; init; }
    /// <summary>For an HTTP trigger: where WriteHttpResponse puts the response of this burst.</summary>
    public Http.HttpResponseSlot? HttpResponse { get; init; }
    /// <summary>Bookmark in the parent to resume when this instance finishes later (ExecuteWorkflow).</summary>
    public string? ParentBookmarkId { get; init; }
    /// <summary>Set when started by ExecuteWorkflow: the child's lines and after-commit work join the parent's burst.</summary>
    internal WorkflowExecution? ParentExecution { get; init; }
}
