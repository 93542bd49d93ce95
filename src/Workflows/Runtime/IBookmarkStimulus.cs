namespace Participatie.Workflows.Runtime;

/// <summary>
/// A typed bookmark stimulus: what an activity waits for. <see cref="Name"/> and <see cref="Key"/> are what the
/// outside world uses to find the bookmark (e.g. event name, task id); the whole object is kept as the payload.
/// </summary>
public interface IBookmarkStimulus
{
    /// <summary>Stimulus type, e.g. <c>Elsa.Event</c> or <c>Participatie.HumanTask</c>.</summary>
    string BookmarkName { get; }

    /// <summary>Lookup key (event name, task id, ...).</summary>
    string? BookmarkKey { get; }
}
