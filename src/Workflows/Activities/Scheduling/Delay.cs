namespace Participatie.Workflows.Activities.Scheduling;

/// <summary>Waits for a time span (a durable timer bookmark; fires through the timer dispatcher).</summary>
[Activity("Elsa", "Scheduling", "Delay execution for a time span.")]
public sealed class Delay : Activity
{
    [Input(Description = "How long to wait (hh:mm:ss or d.hh:mm:ss).")]
    public Input<TimeSpan> TimeSpan { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var span = await context.GetAsync(TimeSpan);
        context.CreateBookmark(Type, dueAt: context.Now + span);
    }
}
