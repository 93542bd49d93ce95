using Participatie.Workflows.Expressions;

namespace Participatie.Workflows.Activities.Primitives;

/// <summary>Runs a JavaScript script (Jint 4, ES2020, within the evaluator's budgets) and stores its result.</summary>
[Activity("Elsa", "Scripting", "Run a JavaScript script.")]
public sealed class RunJavaScript : Activity
{
    [Input(Description = "The script.", UIHint = "code-editor")]
    public Input<string> Script { get; set; } = new();

    [Output] public Output<object> Result { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var script = await context.GetAsync(Script) ?? "";
        var result = await context.EvaluateAsync(new Expression("JavaScript", script), typeof(object));
        context.Set(Result, (object?)result);
        context.Complete();
    }
}
