namespace Participatie.Workflows.Activities.Scheduling;

/// <summary>Inside a workflow: waits one interval, then continues (a durable timer bookmark).</summary>
[Activity("Elsa", "Scheduling", "Wait for an interval.")]
public sealed class Timer : Activity
{
    [Input(Description = "The interval.")]
    public Input<TimeSpan> Interval { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var interval = await context.GetAsync(Interval);
        context.CreateBookmark(Type, dueAt: context.Now + interval);
    }
}
