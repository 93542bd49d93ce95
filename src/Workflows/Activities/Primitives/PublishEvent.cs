using System.Text.Json.Nodes;

namespace Participatie.Workflows.Activities.Primitives;

/// <summary>
/// Publishes a named event after this instance was saved. With a correlation id only bookmarks of that correlation
/// are resumed; with <c>isLocal</c> only this instance's own bookmarks.
/// </summary>
[Activity("Elsa", "Primitives", "Publish an event.")]
public sealed class PublishEvent : Activity
{
    [Input] public Input<string> EventName { get; set; } = new();
    [Input] public Input<string> CorrelationId { get; set; } = new();
    [Input] public Input<bool> IsLocal { get; set; } = new();
    [Input] public Input<object> Payload { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var name = await context.GetAsync(EventName);
        if (string.IsNullOrEmpty(name)) throw new InvalidOperationException("PublishEvent needs an event name.");
        var correlationId = await context.GetAsync(CorrelationId);
        var isLocal = await context.GetAsync(IsLocal);
        var payload = await context.EvaluateAsync(Payload);
        var instanceId = isLocal ? context.InstanceId : null;
        var runtime = context.Runtime;
        context.AfterCommit(ct => runtime.TriggerEventAsync(name, string.IsNullOrEmpty(correlationId) ? null : correlationId, payload?.DeepClone(), instanceId, ct));
        context.Complete();
    }
}
