using System.Text.Json;
using System.Text.Json.Nodes;

namespace Participatie.Workflows.Expressions;

/// <summary>An Elsa expression: <c>{type, value}</c> (Literal, Object, Json, Variable, Input, JavaScript, CSharp, ...).</summary>
public sealed record Expression(string Type, JsonNode? Value)
{
    /// <summary>The value as expression text (strings as-is, other JSON as JSON text).</summary>
    public string Text => Value switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => Value.ToJsonString(),
    };

    public static Expression Literal(JsonNode? value) => new("Literal", value);
}
