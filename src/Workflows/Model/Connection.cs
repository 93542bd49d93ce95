using System.Text.Json.Nodes;

namespace Participatie.Workflows.Model;

/// <summary>A flowchart connection from an outcome port of one activity to another activity.</summary>
public sealed class Connection
{
    public string SourceId { get; set; } = "";
    public string SourcePort { get; set; } = "Done";
    public string TargetId { get; set; } = "";
    public string TargetPort { get; set; } = "In";
    /// <summary>Designer vertices (kept for round trip).</summary>
    public JsonArray? Vertices { get; set; }
    /// <summary>Other fields, kept for round trip.</summary>
    public JsonObject Extra { get; set; } = [];
}
