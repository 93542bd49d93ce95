using System.Text.Json;
using System.Text.Json.Nodes;

namespace Participatie.Workflows.Runtime;

/// <summary>A point where an instance waits for something from outside: an event, a task completion, a time.</summary>
public sealed class Bookmark
{
    public string Id { get; set; } = "";
    /// <summary>Stimulus type, e.g. <c>Elsa.Event</c>, <c>Elsa.RunTask</c>, <c>Elsa.Delay</c>, or a domain name.</summary>
    public string Name { get; set; } = "";
    /// <summary>Stimulus key: event name, task id, human task id.</summary>
    public string? Key { get; set; }
    /// <summary>Correlation scope of the bookmark (the instance's correlation id when it was created).</summary>
    public string? CorrelationId { get; set; }
    public string ContextId { get; set; } = "";
    public string NodeId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string? ActivityName { get; set; }
    public string ActivityType { get; set; } = "";
    /// <summary>Extra data the activity wants to keep with the bookmark (task name and payload, ...).</summary>
    public JsonObject? Payload { get; set; }
    /// <summary>For timers: when it is due.</summary>
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Reads the payload as the typed stimulus it was created from.</summary>
    public TStimulus? GetStimulus<TStimulus>() where TStimulus : IBookmarkStimulus =>
        Payload is null ? default : Payload.Deserialize<TStimulus>(StimulusJson.Options);
}
