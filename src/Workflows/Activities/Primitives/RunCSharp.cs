using Participatie.Workflows.Expressions;

namespace Participatie.Workflows.Activities.Primitives;

/// <summary>Runs a C# script through the <c>CSharp</c> expression evaluator the Host registers.</summary>
[Activity("Elsa", "Scripting", "Run a C# script (needs the Host's CSharp evaluator).")]
public sealed class RunCSharp : Activity
{
    [Input(Description = "The script.", UIHint = "code-editor")]
    public Input<string> Script { get; set; } = new();

    [Output] public Output<object> Result { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var script = await context.GetAsync(Script) ?? "";
        var result = await context.EvaluateAsync(new Expression("CSharp", script), typeof(object));
        context.Set(Result, (object?)result);
        context.Complete();
    }
}
