namespace Participatie.Workflows.Timers;

/// <summary>Fires due timers (Delay, Timer, StartAt, Cron). The Host calls it from a hosted service; tests tick it.</summary>
public interface IWorkflowTimerDispatcher
{
    /// <summary>Resumes every timer bookmark due at the clock's current time and starts due Timer/Cron/StartAt triggers; returns how many fired or started.</summary>
    Task<int> DispatchDueAsync(CancellationToken cancellationToken = default);

    /// <summary>Timers the last dispatch could not resume, with the reason; they stay due and are tried again.</summary>
    IReadOnlyList<(string InstanceId, string Reason)> LastFailures { get; }
}
