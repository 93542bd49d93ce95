using System.Text.Json.Nodes;

namespace Participatie.Workflows.Activities.Composition;

/// <summary>Runs the body for all items at once; the body sees <c>CurrentValue</c> and <c>CurrentIndex</c>.</summary>
[Activity("Elsa", "Looping", "Run the body for all items in parallel.")]
public sealed class ParallelForEach : Activity, IBodyActivity
{
    [Input(Description = "The items.")]
    public Input<JsonArray> Items { get; set; } = new();

    public Activity? Body { get; set; }

    public override IEnumerable<Activity> Children => Body is null ? [] : [Body];

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var items = await context.GetAsync(Items) ?? [];
        if (Body is null || items.Count == 0)
        {
            context.Complete();
            return;
        }
        context.Properties["remaining"] = items.Count;
        for (var i = 0; i < items.Count; i++)
            context.ScheduleActivity(Body, new JsonObject { ["CurrentValue"] = items[i]?.DeepClone(), ["CurrentIndex"] = i });
    }

    public override ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child, IReadOnlyList<string> outcomes)
    {
        var remaining = (context.Properties["remaining"]?.GetValue<int>() ?? 1) - 1;
        context.Properties["remaining"] = remaining;
        if (remaining <= 0) context.Complete();
        return ValueTask.CompletedTask;
    }
}
