using System.Threading.Channels;
using Participatie.Host.Nodes;

namespace Participatie.Host.Features.Regels;

/// <summary>
/// Puts versions published by another process on the same database (another node, the command line) in use: at once
/// when that node signals the publication (<see cref="NodeChannels.Regelsets"/>, PostgreSQL), and every few seconds
/// anyway, the safety net for a signal that was lost. Publishing in this process puts a version in use at once,
/// without waiting for this.
/// </summary>
public sealed partial class RegelsetSynchronisatie(IServiceScopeFactory scopes, INodeSignals signals, TimeProvider clock, ILogger<RegelsetSynchronisatie> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = signals.Subscribe(NodeChannels.Regelsets, _ => wake.Writer.TryWrite(true));
        using var timer = new PeriodicTimer(Interval, clock);
        var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        var signalled = wake.Reader.WaitToReadAsync(stoppingToken).AsTask();
        while (true)
        {
            var woke = await Task.WhenAny(tick, signalled);
            if (!await woke)
            {
                return;
            }

            if (woke == tick)
            {
                tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
            }
            else
            {
                wake.Reader.TryRead(out _);
                signalled = wake.Reader.WaitToReadAsync(stoppingToken).AsTask();
            }

            await SynchroniseerAsync(stoppingToken);
        }
    }

    private async Task SynchroniseerAsync(CancellationToken stoppingToken)
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Published rule set version not usable: {Problem}")]
    private partial void LogRefused(string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for newly published rule sets failed")]
    private partial void LogFailed(Exception exception);
}
