namespace Participatie.Workflows.Activities.Primitives;

/// <summary>Terminal node: completes the containing flowchart at once (other branches are canceled).</summary>
[Activity("Elsa", "Primitives", "End the flowchart.")]
[Ports]
public sealed class End : Activity
{
    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
