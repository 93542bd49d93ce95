namespace Participatie.Workflows.Persistence;

/// <summary>A save with a stale concurrency version: someone else changed the instance first.</summary>
public sealed class WorkflowConcurrencyException(string instanceId, long expected, long actual)
    : Exception($"Instance {instanceId} was changed concurrently (expected version {expected}, found {actual}).")
{
    public string InstanceId { get; } = instanceId;
}
