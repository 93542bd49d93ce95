using System.Text.Json.Nodes;

namespace Participatie.Workflows.Model;

/// <summary>
/// An activity as written in the definition. Inputs, outputs, designer metadata and unknown fields stay in
/// <see cref="Properties"/> (raw JSON) so export writes back what was imported; child activities are parsed.
/// </summary>
public sealed class ActivityNode
{
    public string Id { get; set; } = "";
    public string? Name { get; set; }
    public string Type { get; set; } = "";
    public int Version { get; set; } = 1;
    /// <summary>All other fields in document order (inputs, outputs, metadata, customProperties, unknown).</summary>
    public JsonObject Properties { get; set; } = [];
    /// <summary>Children of a container (Flowchart, Sequence); null when the JSON has no <c>activities</c>.</summary>
    public List<ActivityNode>? Activities { get; set; }
    /// <summary>Flowchart connections; null when the JSON has no <c>connections</c>.</summary>
    public List<Connection>? Connections { get; set; }
    /// <summary>Single-activity slots such as <c>body</c> (ForEach, FlowNode).</summary>
    public Dictionary<string, ActivityNode> Slots { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Flowchart <c>start</c> activity id, when given.</summary>
    public string? Start { get; set; }

    /// <summary>A display label for located errors: <c>id (name)</c>.</summary>
    public string Label => Name is null || Name == Id ? Id : $"{Id} ({Name})";

    /// <summary>This node and all nested nodes, depth first.</summary>
    public IEnumerable<ActivityNode> Descendants()
    {
        yield return this;
        foreach (var slot in Slots.Values)
            foreach (var d in slot.Descendants()) yield return d;
        if (Activities is null) yield break;
        foreach (var child in Activities)
            foreach (var d in child.Descendants()) yield return d;
    }
}
