using System.Text.Json.Serialization;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Activities.Primitives;

/// <summary>What <see cref="Event"/> waits for.</summary>
public sealed record EventStimulus(string EventName) : IBookmarkStimulus
{
    [JsonIgnore] public string BookmarkName => Event.BookmarkName;
    [JsonIgnore] public string? BookmarkKey => EventName;
}
