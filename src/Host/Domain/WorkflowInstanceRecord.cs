
namespace Participatie.Host.Domain;

/// <summary>A workflow instance: its whole state as JSON plus indexed columns; <see cref="ConcurrencyVersion"/> guards every save.</summary>
public class WorkflowInstanceRecord
{
    public required string Id { get; set; }
    public required string DefinitionId { get; set; }
    public required string DefinitionVersionId { get; set; }
    public string? CorrelationId { get; set; }
    public required string Status { get; set; }
    public required string SubStatus { get; set; }
    public string? ParentInstanceId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public long ConcurrencyVersion { get; set; }
    public required string Json { get; set; }
    public List<WorkflowBookmarkRecord> Bookmarks { get; set; } = [];
}
