
namespace Participatie.Host.Domain;

/// <summary>A bookmark of an instance, indexed so events, tasks and due timers find their instance without loading them all.</summary>
public class WorkflowBookmarkRecord
{
    public long Id { get; set; }
    public required string InstanceId { get; set; }
    public required string BookmarkId { get; set; }
    public required string Name { get; set; }
    public string? Key { get; set; }
    public string? CorrelationId { get; set; }

    /// <summary>When a timer bookmark is due, in UTC.</summary>
    public DateTime? DueAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public required string Json { get; set; }
}
