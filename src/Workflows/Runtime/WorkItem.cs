using System.Text.Json.Nodes;

namespace Participatie.Workflows.Runtime;

/// <summary>An activity scheduled for execution under an owner context.</summary>
public sealed class WorkItem
{
    public string NodeId { get; set; } = "";
    public string? OwnerContextId { get; set; }
    public JsonObject? Locals { get; set; }
    /// <summary>Data for the owner (e.g. "backward connection").</summary>
    public JsonObject? Tag { get; set; }
}
