namespace Participatie.Workflows.Triggers;

/// <summary>Activity types that can start a workflow when marked <c>canStartWorkflow</c>.</summary>
public static class TriggerTypes
{
    public const string Timer = "Elsa.Timer";
    public const string Cron = "Elsa.Cron";
    public const string StartAt = "Elsa.StartAt";
    public const string Event = "Elsa.Event";
    public const string HttpEndpoint = "Elsa.HttpEndpoint";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Timer, Cron, StartAt, Event, HttpEndpoint };
}
