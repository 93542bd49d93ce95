using Participatie.Host.Domain;

namespace Participatie.Host.Chat;

/// <summary>
/// Delivers what waits in the outbox: messages whose immediate delivery failed, and those left by a host that
/// stopped between a step's commit and the delivery. Runs at start-up and every few seconds.
/// </summary>
public sealed partial class UitgaandeBerichtenVerzender(UitgaandeBerichten berichten, TimeProvider clock, ILogger<UitgaandeBerichtenVerzender> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var bezorgd = await berichten.BezorgWachtendeAsync(stoppingToken);
                if (bezorgd > 0)
                {
                    LogDelivered(bezorgd);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} waiting " + nameof(UitgaandBericht) + "(s) delivered")]
    private partial void LogDelivered(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering the outbox failed")]
    private partial void LogFailed(Exception exception);
}
