namespace Participatie.Host.Hosting;

/// <summary>
/// Background work that runs at start-up and then every <see cref="Interval"/> on the host's clock. One failed round is
/// logged and the next round runs as usual: a bad row must not stop the work for all others.
/// </summary>
public abstract partial class PeriodicWork(TimeProvider clock, ILogger logger) : BackgroundService
{
    private readonly ILogger logger = logger;

    protected ILogger Logger => logger;

    /// <summary>The host's clock, for the work's own dates.</summary>
    protected TimeProvider Clock { get; } = clock;

    protected abstract TimeSpan Interval { get; }

    /// <summary>One round; returns how many items it handled (logged when more than zero).</summary>
    protected abstract Task<int> RoundAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        do
        {
            try
            {
                var handled = await RoundAsync(stoppingToken);
                if (handled > 0)
                {
                    LogHandled(GetType().Name, handled);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex, GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Work}: {Count} handled")]
    private partial void LogHandled(string work, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Work}: a round failed; the next one runs as usual")]
    private partial void LogFailed(Exception exception, string work);
}
