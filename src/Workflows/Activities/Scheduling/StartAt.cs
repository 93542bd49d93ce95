namespace Participatie.Workflows.Activities.Scheduling;

/// <summary>Waits until a moment in time (immediately continues when it has passed).</summary>
[Activity("Elsa", "Scheduling", "Wait until a date and time.")]
public sealed class StartAt : Activity
{
    [Input(Description = "When to continue (ISO 8601).")]
    public Input<DateTimeOffset> DateTime { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.TryConsumeTrigger(out _))
        {
            // This occurrence started the workflow: it has happened already.
            context.Complete();
            return;
        }
        var at = await context.GetAsync(DateTime);
        if (at <= context.Now) context.Complete();
        else context.CreateBookmark(Type, dueAt: at);
    }
}
