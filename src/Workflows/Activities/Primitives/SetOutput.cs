namespace Participatie.Workflows.Activities.Primitives;

/// <summary>Sets an output of the current workflow.</summary>
[Activity("Elsa", "Primitives", "Set a workflow output.")]
public sealed class SetOutput : Activity
{
    [Input(Description = "The name of the workflow output.")]
    public Input<string> OutputName { get; set; } = new();

    [Input(Description = "The value.")]
    public Input<object> OutputValue { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var name = await context.GetAsync(OutputName);
        if (string.IsNullOrEmpty(name)) throw new InvalidOperationException("SetOutput needs an output name.");
        context.SetWorkflowOutput(name, await context.EvaluateAsync(OutputValue));
        context.Complete();
    }
}
