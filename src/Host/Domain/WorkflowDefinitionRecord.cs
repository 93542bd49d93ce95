
namespace Participatie.Host.Domain;

/// <summary>One stored version of a workflow definition: Elsa JSON plus the columns queries need.</summary>
public class WorkflowDefinitionRecord
{
    /// <summary>The version id (Elsa's <c>id</c>).</summary>
    public required string Id { get; set; }
    public required string DefinitionId { get; set; }
    public int Version { get; set; }
    public string? Name { get; set; }
    public bool IsPublished { get; set; }
    public bool IsLatest { get; set; }
    public required string Json { get; set; }
    public DateTime OpgeslagenOp { get; set; }
}
