namespace Participatie.Workflows.Activities.Scheduling;

/// <summary>
/// At the start of a published workflow (<c>canStartWorkflow</c>): starts an instance every interval, counted from the
/// publication. Inside a workflow: waits one interval, then continues (a durable timer bookmark).
/// </summary>
[Activity("Elsa", "Scheduling", "Wait for an interval.")]
public sealed class Timer : Activity
{
    [Input(Description = "The interval.")]
    public Input<TimeSpan> Interval { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.TryConsumeTrigger(out _))
        {
            // This occurrence started the workflow: it has happened already.
            context.Complete();
            return;
        }
        var interval = await context.GetAsync(Interval);
        context.CreateBookmark(Type, dueAt: context.Now + interval);
    }
}
