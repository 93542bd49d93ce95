using System.Text.Json;
using System.Text.Json.Nodes;
using Participatie.Workflows.Expressions;

namespace Participatie.Workflows.Activities.Flowchart;

/// <summary>
/// Continues on the label of the first matching case (MatchFirst) or of every matching case (MatchAny); Default
/// when none matches. Cases are <c>cases: [{label, condition: {type, value}}]</c>.
/// </summary>
[Activity("Elsa", "Branching", "Branch on the first or all matching cases.")]
[Ports("Default")]
public sealed class FlowSwitch : Activity
{
    [Input(Description = "MatchFirst or MatchAny.")]
    public Input<string> Mode { get; set; } = new("MatchFirst");

    /// <summary>The cases as written in the JSON.</summary>
    public IReadOnlyList<(string Label, Expression Condition)> Cases
    {
        get
        {
            var raw = Node.Properties["cases"];
            if (raw is JsonObject wrapper && wrapper["expression"] is JsonObject e && e["value"] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                raw = JsonNode.Parse(v.GetValue<string>());
            if (raw is not JsonArray array) return [];
            var result = new List<(string, Expression)>();
            foreach (var item in array.OfType<JsonObject>())
            {
                var label = item["label"]?.GetValue<string>() ?? item["Label"]?.GetValue<string>() ?? "";
                var condition = (item["condition"] ?? item["Condition"]) as JsonObject;
                var expression = condition is null
                    ? Expression.Literal(JsonValue.Create(false))
                    : new Expression(condition["type"]?.GetValue<string>() ?? "Literal", condition["value"]?.DeepClone());
                result.Add((label, expression));
            }
            return result;
        }
    }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var matchAny = string.Equals(await context.GetAsync(Mode), "MatchAny", StringComparison.OrdinalIgnoreCase);
        var matches = new List<string>();
        foreach (var (label, condition) in Cases)
        {
            if (!ValueConverter.Convert<bool>(await context.EvaluateAsync(condition, typeof(bool)))) continue;
            matches.Add(label);
            if (!matchAny) break;
        }
        context.Complete(matches.Count == 0 ? ["Default"] : [.. matches]);
    }
}
