using Participatie.Workflows;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>Fires due workflow timers (Delay, Timer, StartAt, Cron) every few seconds, also those that fell due while the host was down.</summary>
public sealed partial class WorkflowTimerService(WorkflowEngine engine, TimeProvider clock, ILogger<WorkflowTimerService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var fired = await engine.Timers.DispatchDueAsync(stoppingToken);
                if (fired > 0)
                {
                    LogFired(fired);
                }

                foreach (var (instanceId, reason) in engine.Timers.LastFailures)
                {
                    LogTimerFailed(instanceId, reason);
                }
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
