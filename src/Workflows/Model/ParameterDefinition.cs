using System.Text.Json.Nodes;

namespace Participatie.Workflows.Model;

/// <summary>A workflow input or output: <c>{type, name, displayName, description, category, isArray, uiHint}</c>.</summary>
public sealed class ParameterDefinition
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "Object";
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public bool IsArray { get; set; }
    /// <summary>Other fields, kept for round trip.</summary>
    public JsonObject Extra { get; set; } = [];
}
