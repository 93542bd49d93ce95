using System.Text.Json.Nodes;

namespace Participatie.Workflows.Runtime;

/// <summary>One activity execution in the journal, with time and outcome.</summary>
public sealed class JournalEntry
{
    public long Sequence { get; set; }
    public string ActivityId { get; set; } = "";
    public string? ActivityName { get; set; }
    public string ActivityType { get; set; } = "";
    public string NodeId { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>Running, Completed, Canceled or Faulted.</summary>
    public ActivityStatus Status { get; set; }
    /// <summary>Ports the activity completed with (Done, True, ...).</summary>
    public List<string> Outcomes { get; set; } = [];
    public bool Suspended { get; set; }
    public string? Message { get; set; }
    /// <summary>
    /// Inputs the activity read (property name → value, Elsa's <c>ActivityState</c>), as far as
    /// <c>customProperties.logPersistenceMode</c> includes them; long texts cut.
    /// </summary>
    public JsonObject? Inputs { get; set; }
    /// <summary>Outputs the activity produced (name → value).</summary>
    public JsonObject? Outputs { get; set; }
    /// <summary>The HTTP request and response of an HttpEndpoint, WriteHttpResponse or SendHttpRequest (secrets masked, bodies cut).</summary>
    public Http.HttpExchangeRecord? Http { get; set; }
}
