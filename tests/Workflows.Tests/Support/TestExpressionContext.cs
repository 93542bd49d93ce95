using System.Text.Json.Nodes;
using Participatie.Workflows.Expressions;

namespace Participatie.Workflows.Tests.Support;

/// <summary>An expression context without a workflow around it, for calling an evaluator directly.</summary>
public sealed class TestExpressionContext(TimeProvider? time = null) : IExpressionContext
{
    private readonly Dictionary<string, JsonNode?> _variables = new(StringComparer.Ordinal);

    public Type TargetType => typeof(object);
    public string InstanceId => "instance-1";
    public string? CorrelationId { get; set; }
    public string DefinitionId => "definition-1";
    public IReadOnlyDictionary<string, JsonNode?> Variables => _variables;
    public IReadOnlyDictionary<string, JsonNode?> Inputs { get; } = new Dictionary<string, JsonNode?>();
    public IReadOnlyDictionary<string, JsonObject> ActivityOutputs { get; } = new Dictionary<string, JsonObject>();
    public JsonNode? LastResult => null;
    public JsonNode? GetVariable(string name) => _variables.GetValueOrDefault(name);
    public void SetVariable(string name, JsonNode? value) => _variables[name] = value;
    public JsonNode? GetInput(string name) => null;
    public IServiceProvider Services => throw new NotSupportedException("No services in a bare expression context.");
    public TimeProvider Time { get; } = time ?? new ManualTimeProvider();
}
