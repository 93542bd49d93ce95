using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Activities.Primitives;

/// <summary>What <see cref="RunTask"/> waits for: the completion of task <see cref="TaskId"/>.</summary>
public sealed record RunTaskStimulus(string TaskId, string? TaskName, JsonNode? Payload) : IBookmarkStimulus
{
    [JsonIgnore] public string BookmarkName => RunTask.BookmarkName;
    [JsonIgnore] public string? BookmarkKey => TaskId;
}
