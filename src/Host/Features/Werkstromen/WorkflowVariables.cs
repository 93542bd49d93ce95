using System.Text.Json.Nodes;
using Participatie.Workflows.Activities;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>The workflow variables the domain activities read to know which initiative or programme they serve.</summary>
public static class WorkflowVariables
{
    public const string InitiatiefId = "InitiatiefId";
    public const string ProgrammaId = "ProgrammaId";

    /// <summary>A variable, or else the workflow input, of that name.</summary>
    public static int? Int(ActivityExecutionContext context, string name) =>
        Int(context.Variables.ContainsKey(name) ? context.GetVariable(name) : null) ?? Int(context.GetWorkflowInput(name));

    public static int? Int(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<int>(out var i) => i,
        JsonValue value when value.TryGetValue<long>(out var l) => (int)l,
        JsonValue value when value.TryGetValue<double>(out var d) => (int)d,
        JsonValue value when value.TryGetValue<string>(out var s) && int.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var p) => p,
        _ => null,
    };
}
