namespace Participatie.Workflows.Activities.Scheduling;

/// <summary>Waits until the next occurrence of a cron expression (six fields, with seconds, as Elsa).</summary>
[Activity("Elsa", "Scheduling", "Wait for the next occurrence of a cron expression.")]
public sealed class Cron : Activity
{
    [Input(Description = "Cron expression: seconds minutes hours day-of-month month day-of-week.")]
    public Input<string> CronExpression { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.TryConsumeTrigger(out _))
        {
            // This occurrence started the workflow: it has happened already.
            context.Complete();
            return;
        }
        var text = await context.GetAsync(CronExpression) ?? "";
        var cron = CronSchedule.Parse(text, out var error) ?? throw new FormatException(error);
        var next = cron.Next(context.Now) ?? throw new InvalidOperationException($"Cron expression '{text}' has no next occurrence.");
        context.CreateBookmark(Type, dueAt: next);
    }
}
