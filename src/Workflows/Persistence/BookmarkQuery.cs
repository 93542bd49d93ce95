using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Persistence;

/// <summary>Which bookmarks to find. Correlation: when set, only bookmarks with that correlation id match.</summary>
public sealed record BookmarkQuery
{
    public string? Name { get; init; }
    public string? Key { get; init; }
    public string? CorrelationId { get; init; }
    public string? InstanceId { get; init; }
    /// <summary>Only timers due at or before this moment.</summary>
    public DateTimeOffset? DueBefore { get; init; }

    public bool Matches(string instanceId, Bookmark b) =>
        (Name is null || b.Name == Name)
        && (Key is null || b.Key == Key)
        && (CorrelationId is null || b.CorrelationId == CorrelationId)
        && (InstanceId is null || instanceId == InstanceId)
        && (DueBefore is null || (b.DueAt is { } due && due <= DueBefore));
}
