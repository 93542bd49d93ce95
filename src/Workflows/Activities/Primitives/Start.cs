namespace Participatie.Workflows.Activities.Primitives;

/// <summary>Marks where a flowchart starts.</summary>
[Activity("Elsa", "Primitives", "The start of a flowchart.")]
public sealed class Start : Activity
{
    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
