namespace Participatie.Workflows.Runtime;

/// <summary>A fault recorded on an instance.</summary>
public sealed class Incident
{
    public string ActivityId { get; set; } = "";
    public string? ActivityName { get; set; }
    public string ActivityType { get; set; } = "";
    public string NodeId { get; set; } = "";
    public string Message { get; set; } = "";
    public string? ExceptionType { get; set; }
    public DateTimeOffset At { get; set; }
}
