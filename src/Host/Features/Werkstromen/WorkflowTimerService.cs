using Participatie.Host.Nodes;
using Participatie.Workflows;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// Fires due workflow timers (Delay, Timer, StartAt, Cron) every few seconds, also those that fell due while the host was
/// down. One node sweeps at a time (<see cref="SweepLock"/>, an advisory lock on PostgreSQL): a node that finds the
/// sweep taken skips its round, so two nodes never resume the same due timer; a node that dies mid-sweep releases the
/// lock with its connection and the next round of any node picks the timers up.
/// </summary>
public sealed partial class WorkflowTimerService(WorkflowEngine engine, INodeLocks locks, TimeProvider clock, ILogger<WorkflowTimerService> logger) : BackgroundService
{
    public const string SweepLock = "werkstroom-timers";

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>One sweep, if no other node is sweeping; returns how many timers fired, or null when the sweep was taken.</summary>
    public async Task<int?> SweepAsync(CancellationToken ct)
    {
        await using var sweep = await locks.TryAcquireAsync(SweepLock, ct);
        if (sweep is null)
        {
            return null;
        }

        var fired = await engine.Timers.DispatchDueAsync(ct);
        if (fired > 0)
        {
            LogFired(fired);
        }

        foreach (var (instanceId, reason) in engine.Timers.LastFailures)
        {
            LogTimerFailed(instanceId, reason);
        }

        return fired;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad instance must not stop the timers of all others; the engine records incidents itself.
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} workflow timer(s) fired")]
    private partial void LogFired(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The timer of workflow instance {InstanceId} could not be resumed and stays due: {Reason}")]
    private partial void LogTimerFailed(string instanceId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dispatching workflow timers failed")]
    private partial void LogFailed(Exception exception);
}
