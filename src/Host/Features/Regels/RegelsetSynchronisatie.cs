namespace Participatie.Host.Features.Regels;

/// <summary>
/// Picks up versions published by another process on the same database (a second web server, the command
/// line) every few seconds. Publishing in this process puts a version in use at once, without waiting for this.
/// </summary>
public sealed partial class RegelsetSynchronisatie(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RegelsetSynchronisatie> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var problemen = await scope.ServiceProvider.GetRequiredService<RegelsetBeheer>().ActiveerNieuwsteAsync(stoppingToken);
                foreach (var probleem in problemen)
                {
                    LogRefused(probleem);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Published rule set version not usable: {Problem}")]
    private partial void LogRefused(string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for newly published rule sets failed")]
    private partial void LogFailed(Exception exception);
}
