using System.Text.Json.Nodes;

namespace Participatie.Workflows.Activities.Composition;

/// <summary>Runs its activities one after the other.</summary>
[Activity("Elsa", "Flow", "Run activities in sequence.")]
public sealed class Sequence : Activity, IContainerActivity
{
    public List<Activity> Activities { get; } = [];

    public override IEnumerable<Activity> Children => Activities;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        ScheduleAt(context, 0);
        return ValueTask.CompletedTask;
    }

    public override ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child, IReadOnlyList<string> outcomes)
    {
        var next = (context.Properties["index"]?.GetValue<int>() ?? 0) + 1;
        ScheduleAt(context, next);
        return ValueTask.CompletedTask;
    }

    private void ScheduleAt(ActivityExecutionContext context, int index)
    {
        if (index >= Activities.Count)
        {
            context.Complete();
            return;
        }
        context.Properties["index"] = JsonValue.Create(index);
        context.ScheduleActivity(Activities[index]);
    }
}
