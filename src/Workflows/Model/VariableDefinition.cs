using System.Text.Json.Nodes;

namespace Participatie.Workflows.Model;

/// <summary>A workflow variable: <c>{id, name, typeName, isArray, value, storageDriverTypeName}</c>.</summary>
public sealed class VariableDefinition
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string TypeName { get; set; } = "Object";
    public bool IsArray { get; set; }
    /// <summary>Initial value as written in the JSON.</summary>
    public JsonNode? Value { get; set; }
    /// <summary>Other fields (storage driver etc.), kept for round trip.</summary>
    public JsonObject Extra { get; set; } = [];
}
