namespace Participatie.Workflows.Activities.Primitives;

/// <summary>Finishes the whole workflow instance.</summary>
[Activity("Elsa", "Primitives", "Finish the workflow instance.")]
[Ports]
public sealed class Finish : Activity
{
    public override ValueTask ExecuteAsync(ActivityExecutionContext context) => context.FinishInstanceAsync();
}
