using System.Text.Json;
using System.Text.Json.Nodes;

namespace Participatie.Workflows.Activities.Primitives;

/// <summary>Sets a workflow variable. The variable is given as <c>variable: {id, name}</c>.</summary>
[Activity("Elsa", "Primitives", "Assign a value to a workflow variable.")]
public sealed class SetVariable : Activity
{
    [Input(Description = "The value to assign.")]
    public Input<object> Value { get; set; } = new();

    /// <summary>Name (or id) of the target variable, from <c>variable</c> in the JSON.</summary>
    public string? VariableName => Node.Properties["variable"] switch
    {
        JsonObject o => (o["name"] ?? o["Name"] ?? o["id"] ?? o["Id"])?.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => null,
    };

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var name = VariableName ?? throw new InvalidOperationException("SetVariable has no variable.");
        context.SetVariable(name, await context.EvaluateAsync(Value));
        context.Complete();
    }
}
