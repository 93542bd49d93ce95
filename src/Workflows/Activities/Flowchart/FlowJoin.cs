namespace Participatie.Workflows.Activities.Flowchart;

/// <summary>Merges branches. The flowchart decides when it runs (see <see cref="Flowchart"/>); running it just continues.</summary>
[Activity("Elsa", "Branching", "Merge multiple branches into one.")]
public sealed class FlowJoin : Activity
{
    [Input(Description = "WaitAny: continue on the first branch; WaitAll: wait for all; WaitAllActive: wait for all active branches.")]
    public Input<FlowJoinMode> Mode { get; set; } = new(FlowJoinMode.WaitAny);

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
