using System.Text.Json.Nodes;
using Participatie.Workflows.Activities;
using Participatie.Workflows.Expressions;

namespace Participatie.Workflows.Runtime;

/// <summary>The <see cref="IExpressionContext"/> of one activity execution.</summary>
internal sealed class ActivityExpressionContext(WorkflowExecution execution, ActivityExecutionContext context, Type targetType, JsonNode? lastResult) : IExpressionContext
{
    private ScopeView Scope => execution.FindScope(context, false);

    public Type TargetType => targetType;
    public string InstanceId => execution.Instance.Id;
    public string? CorrelationId { get => execution.Instance.CorrelationId; set => execution.Instance.CorrelationId = value; }
    public string DefinitionId => execution.Instance.DefinitionId;
    public IReadOnlyDictionary<string, JsonNode?> Variables => execution.VisibleVariables(context);

    public IReadOnlyDictionary<string, JsonNode?> Inputs
    {
        get
        {
            var scope = Scope;
            var result = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
            foreach (var input in scope.Definition.Inputs) result[input.Name] = scope.Input[input.Name];
            foreach (var (key, value) in scope.Input) result[key] = value;
            return result;
        }
    }

    public IReadOnlyDictionary<string, JsonObject> ActivityOutputs =>
        Scope.ActivityOutputs.Where(kv => kv.Value is JsonObject).ToDictionary(kv => kv.Key, kv => (JsonObject)kv.Value!);

    public JsonNode? LastResult => lastResult;
    public JsonNode? GetVariable(string name) => execution.GetVariable(context, name);
    public void SetVariable(string name, JsonNode? value) => execution.SetVariable(context, name, value);
    public JsonNode? GetInput(string name) => Scope.Input[name];
    public IServiceProvider Services => execution.Engine.Services;
    public TimeProvider Time => execution.Engine.Time;
}
