using Microsoft.Data.Sqlite;

namespace Participatie.Host.Data.Sqlite;

/// <summary>
/// Moves SQLite's WAL checkpoints off the request path. By default the commit that takes the WAL past 1,000 pages copies
/// the WAL into the database file and syncs it, inside <c>SaveChanges</c> — so inside <see cref="SqliteWriteGate"/>, and
/// every write queued behind it waits (measured at 200 ballots a second: a checkpoint every ≈ 1.2 s, 3–10 ms, at times
/// 70 ms on this machine's disk). Here a passive checkpoint runs on its own connection twice a second instead; passive
/// checkpoints never take the writer's lock, so writes go on meanwhile. <see cref="SqliteConnectionTuning"/> raises the
/// automatic threshold to 10,000 pages as a safety net for when this service does not run (the bench verb, a stall).
/// <para>Plumbing, not policy: it runs on the system's timer, not the host's <see cref="TimeProvider"/>, which tests
/// stop or move by hand.</para>
/// </summary>
public sealed partial class SqliteCheckpoints(DatabaseLocation location, ILogger<SqliteCheckpoints> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, TimeProvider.System);
        SqliteConnection? connection = null;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    if (connection is null)
                    {
                        connection = new SqliteConnection(location.ConnectionString);
                        await connection.OpenAsync(stoppingToken);
                    }

                    await using var command = connection.CreateCommand();
                    command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                    await command.ExecuteNonQueryAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The automatic checkpoint still runs at its (raised) threshold; try again with a fresh connection.
                    LogFailed(ex);
                    if (connection is not null)
                    {
                        await connection.DisposeAsync();
                        connection = null;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite checkpoint failed; retrying")]
    private partial void LogFailed(Exception exception);
}
