namespace Participatie.Workflows.Activities.Primitives;

/// <summary>Sets the correlation id of the workflow instance (scopes events and bookmarks).</summary>
[Activity("Elsa", "Primitives", "Set the correlation id of the workflow instance.")]
public sealed class Correlate : Activity
{
    [Input(Description = "The correlation id.")]
    public Input<string> CorrelationId { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.CorrelationId = await context.GetAsync(CorrelationId);
        context.Complete();
    }
}
