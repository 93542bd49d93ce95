namespace Participatie.Host.Privacy;

/// <summary>Erases personal data whose retention period has ended: at start-up and once a day.</summary>
public sealed partial class BewaartermijnBewaking(IServiceScopeFactory scopes, TimeProvider clock, ILogger<BewaartermijnBewaking> logger) : BackgroundService
{
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PersoonsgegevensBeheer>().PasBewaartermijnToeAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        do
        {
            try
            {
                var gewist = await RunOnceAsync(stoppingToken);
                if (gewist > 0)
                {
                    LogErased(gewist);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention period ended: personal data of {Count} resident(s) erased")]
    private partial void LogErased(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Applying the retention period failed")]
    private partial void LogFailed(Exception exception);
}
