namespace Participatie.Workflows.Activities.Flowchart;

/// <summary>A flowchart node that runs its body (if any) and then continues on Done.</summary>
[Activity("Elsa", "Flow", "Run a body activity as one flowchart node.")]
public sealed class FlowNode : Activity, IBodyActivity
{
    public Activity? Body { get; set; }

    public override IEnumerable<Activity> Children => Body is null ? [] : [Body];

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (Body is null) context.Complete();
        else context.ScheduleActivity(Body);
        return ValueTask.CompletedTask;
    }
}
