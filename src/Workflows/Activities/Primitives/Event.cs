using System.Text.Json.Nodes;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Activities.Primitives;

/// <summary>
/// Waits for a named event, scoped to the instance's correlation id; at the start of a published workflow
/// (<c>canStartWorkflow</c>) the event starts a new instance.
/// </summary>
[Activity("Elsa", "Primitives", "Wait for an event.")]
public sealed class Event : Activity
{
    public const string BookmarkName = "Elsa.Event";

    [Input(Description = "The event name.")]
    public Input<string> EventName { get; set; } = new();

    [Output(Description = "The event payload.")]
    public Output<object> Result { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.TryConsumeTrigger(out var payload))
        {
            // The event that started this instance.
            context.Set(Result, (object?)payload);
            context.Complete();
            return;
        }
        var name = await context.GetAsync(EventName);
        if (string.IsNullOrEmpty(name)) throw new InvalidOperationException("Event needs an event name.");
        context.CreateBookmark(new EventStimulus(name));
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        context.Set(Result, (object?)input);
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
