using System.Text.Json.Nodes;

namespace Participatie.Workflows.Activities.Composition;

/// <summary>Runs the body once per item, one after the other; the body sees <c>CurrentValue</c> and <c>CurrentIndex</c>.</summary>
[Activity("Elsa", "Looping", "Run the body for each item in turn.")]
public sealed class ForEach : Activity, IBodyActivity
{
    [Input(Description = "The items.")]
    public Input<JsonArray> Items { get; set; } = new();

    [Output(Description = "The current item.")]
    public Output<object> CurrentValue { get; set; } = new();

    public Activity? Body { get; set; }

    public override IEnumerable<Activity> Children => Body is null ? [] : [Body];

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Properties["items"] = await context.GetAsync(Items) ?? [];
        Next(context, 0);
    }

    public override ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child, IReadOnlyList<string> outcomes)
    {
        Next(context, (context.Properties["index"]?.GetValue<int>() ?? 0) + 1);
        return ValueTask.CompletedTask;
    }

    private void Next(ActivityExecutionContext context, int index)
    {
        var items = context.Properties["items"] as JsonArray ?? [];
        if (Body is null || index >= items.Count)
        {
            context.Complete();
            return;
        }
        context.Properties["index"] = index;
        var item = items[index]?.DeepClone();
        context.Set(CurrentValue, (object?)item);
        context.ScheduleActivity(Body, new JsonObject { ["CurrentValue"] = item, ["CurrentIndex"] = index });
    }
}
