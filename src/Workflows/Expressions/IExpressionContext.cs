using System.Text.Json.Nodes;

namespace Participatie.Workflows.Expressions;

/// <summary>What an expression can see and change while it runs.</summary>
public interface IExpressionContext
{
    /// <summary>The CLR type the result will be converted to.</summary>
    Type TargetType { get; }
    string InstanceId { get; }
    string? CorrelationId { get; set; }
    string DefinitionId { get; }
    /// <summary>Variables visible here (locals first, then the workflow's), by name.</summary>
    IReadOnlyDictionary<string, JsonNode?> Variables { get; }
    /// <summary>Input of the current workflow (or of the workflow used as activity), by name.</summary>
    IReadOnlyDictionary<string, JsonNode?> Inputs { get; }
    /// <summary>Outputs of named activities in the current workflow: activity name → (output name → value).</summary>
    IReadOnlyDictionary<string, JsonObject> ActivityOutputs { get; }
    /// <summary>Result of the previously completed activity, when it had one.</summary>
    JsonNode? LastResult { get; }
    JsonNode? GetVariable(string name);
    void SetVariable(string name, JsonNode? value);
    JsonNode? GetInput(string name);
    IServiceProvider Services { get; }
    /// <summary>The engine's clock: an expression that asks for "now" reads this, never the system clock.</summary>
    TimeProvider Time { get; }
}
