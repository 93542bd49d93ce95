namespace Participatie.Workflows.Activities.Flowchart;

/// <summary>Continues on every listed branch at once.</summary>
[Activity("Elsa", "Branching", "Fork into branches.")]
public sealed class FlowFork : Activity
{
    [Input(Description = "Branch names (outcome ports).")]
    public Input<string[]> Branches { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var branches = await context.GetAsync(Branches) ?? [];
        context.Complete(branches.Length == 0 ? ["Done"] : branches);
    }
}
