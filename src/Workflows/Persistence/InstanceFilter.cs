using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Persistence;

/// <summary>Filter for listing instances (all set criteria must match).</summary>
public sealed record InstanceFilter
{
    public string? DefinitionId { get; init; }
    public string? CorrelationId { get; init; }
    public WorkflowStatus? Status { get; init; }
    public WorkflowSubStatus? SubStatus { get; init; }
    public string? ParentInstanceId { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 100;

    public bool Matches(WorkflowInstance i) =>
        (DefinitionId is null || i.DefinitionId == DefinitionId)
        && (CorrelationId is null || i.CorrelationId == CorrelationId)
        && (Status is null || i.Status == Status)
        && (SubStatus is null || i.SubStatus == SubStatus)
        && (ParentInstanceId is null || i.ParentInstanceId == ParentInstanceId);
}
