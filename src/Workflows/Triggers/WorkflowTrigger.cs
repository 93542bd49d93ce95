namespace Participatie.Workflows.Triggers;

/// <summary>
/// An activity marked <c>customProperties.canStartWorkflow</c> in the published version of a definition: when its
/// stimulus occurs (a time, an event, an HTTP request) a new instance starts at that activity.
/// </summary>
public sealed record WorkflowTrigger
{
    public required string DefinitionId { get; init; }
    public required string DefinitionVersionId { get; init; }
    public required string ActivityId { get; init; }
    public string? ActivityName { get; init; }
    /// <summary>Elsa type name: <c>Elsa.Timer</c>, <c>Elsa.Cron</c>, <c>Elsa.StartAt</c>, <c>Elsa.Event</c>, <c>Elsa.HttpEndpoint</c>.</summary>
    public required string ActivityType { get; init; }
    /// <summary>When this version was published (the anchor of a Timer's intervals); null for versions published before it was recorded.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    public TimeSpan? Interval { get; init; }
    public string? CronExpression { get; init; }
    public DateTimeOffset? At { get; init; }
    public string? EventName { get; init; }
    /// <summary>HTTP route path, normalised: leading slash, no trailing slash, lower case (<c>/hello-world</c>).</summary>
    public string? Path { get; init; }
    /// <summary>HTTP methods in upper case.</summary>
    public IReadOnlyList<string> Methods { get; init; } = [];
    /// <summary>Elsa's <c>authorize</c>: the request must be authorised (the Host decides how: staff role or API key).</summary>
    public bool Authorize { get; init; }
    /// <summary>Elsa's <c>policy</c>: here a staff role name, or empty for any staff role.</summary>
    public string? Policy { get; init; }

    public bool IsSchedule => ActivityType is TriggerTypes.Timer or TriggerTypes.Cron or TriggerTypes.StartAt;
}
