using System.Collections.Concurrent;
using System.Collections.Immutable;
using Npgsql;

namespace Participatie.Host.Nodes;

/// <summary>
/// Signals between nodes by PostgreSQL NOTIFY/LISTEN. Each node keeps one connection of its own that LISTENs on every
/// channel of <see cref="NodeChannels"/>; it reconnects when the connection breaks and then tells the handlers that
/// signals may have been missed. A payload carries the sending node's id, so a node does not act on its own signals.
/// The node starts serving only once it listens (or after 10 s, when the database is slow to answer).
/// </summary>
public sealed partial class PostgresSignals : BackgroundService, INodeSignals
{
    private const char Separator = '|';

    private readonly NpgsqlDataSource publisher;
    private readonly NpgsqlDataSource listener;
    private readonly TimeProvider clock;
    private readonly ILogger<PostgresSignals> logger;
    private readonly string node = Guid.NewGuid().ToString("N")[..12];
    private readonly ConcurrentDictionary<string, ImmutableList<Action<string?>>> handlers = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PostgresSignals(string connectionString, TimeProvider clock, ILogger<PostgresSignals> logger)
    {
        this.clock = clock;
        this.logger = logger;
        publisher = NpgsqlDataSource.Create(connectionString);
        // Its own unpooled connection with keepalives, so a dead connection is noticed and replaced.
        listener = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 10 }.ConnectionString);
    }

    public bool SpansNodes => true;

    /// <summary>Completes when this node listens (for tests and start-up).</summary>
    public Task Listening => listening.Task;

    public async Task PublishAsync(string channel, string payload, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = publisher.CreateCommand("SELECT pg_notify($1, $2)");
            command.Parameters.Add(new NpgsqlParameter { Value = channel });
            command.Parameters.Add(new NpgsqlParameter { Value = node + Separator + payload });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            LogPublishFailed(ex, channel);
        }
    }

    public IDisposable Subscribe(string channel, Action<string?> handler)
    {
        handlers.AddOrUpdate(channel, _ => [handler], (_, list) => list.Add(handler));
        return new Subscription(() => handlers.AddOrUpdate(channel, _ => [], (_, list) => list.Remove(handler)));
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);
        await Task.WhenAny(listening.Task, Task.Delay(TimeSpan.FromSeconds(10), clock, cancellationToken));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reconnected = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await listener.OpenConnectionAsync(stoppingToken);
                connection.Notification += OnNotification;
                await using (var listen = connection.CreateCommand())
                {
                    listen.CommandText = string.Concat(NodeChannels.All.Select(c => $"LISTEN {c};"));
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                listening.TrySetResult();
                if (reconnected)
                {
                    LogReconnected();
                    foreach (var channel in NodeChannels.All)
                    {
                        Dispatch(channel, null);
                    }
                }

                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogListenFailed(ex);
                reconnected = true;
                await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
            }
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        var separator = e.Payload.IndexOf(Separator, StringComparison.Ordinal);
        if (separator < 0 || e.Payload.AsSpan(0, separator).SequenceEqual(node))
        {
            return;
        }

        Dispatch(e.Channel, e.Payload[(separator + 1)..]);
    }

    private void Dispatch(string channel, string? payload)
    {
        foreach (var handler in handlers.GetValueOrDefault(channel, []))
        {
            try
            {
                handler(payload);
            }
            catch (Exception ex)
            {
                LogHandlerFailed(ex, channel);
            }
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        publisher.Dispose();
        listener.Dispose();
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                unsubscribe();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Signalling the other nodes on {Channel} failed; they catch up at their next periodic check")]
    private partial void LogPublishFailed(Exception exception, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for the other nodes' signals failed; reconnecting in 1 s")]
    private partial void LogListenFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for the other nodes' signals again; handlers catch up")]
    private partial void LogReconnected();

    [LoggerMessage(Level = LogLevel.Error, Message = "A handler of node signals on {Channel} failed")]
    private partial void LogHandlerFailed(Exception exception, string channel);
}
