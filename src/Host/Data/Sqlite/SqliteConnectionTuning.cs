using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Participatie.Host.Data.Sqlite;

/// <summary>
/// Per-connection SQLite settings. With WAL, <c>synchronous=NORMAL</c> is durable against a crash of the
/// process (only a power cut can lose the last commits) and saves an fsync per transaction, which is
/// what limits chat throughput.
/// </summary>
public sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    // wal_autocheckpoint: SqliteCheckpoints checkpoints in the background; this is the safety net (pages of 4 KB).
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA wal_autocheckpoint=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
