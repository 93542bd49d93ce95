using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data.Sqlite;

namespace Participatie.Host.Data;

/// <summary>
/// The November 2026 release's five migrations were squashed into one (<c>20261121000000_Initial</c>). A database made
/// by that release records the five old ids; before migrating, they are replaced by the squashed one in one
/// transaction, so the squashed migration is not applied over an existing schema. Idempotent.
/// </summary>
public static class MigrationBaseline
{
    public const string SquashedId = "20261121000000_Initial";

    public static readonly IReadOnlyList<string> ReleaseIds =
    [
        "20261121005911_Initial", "20261121010536_Chat", "20261121013335_Workflows", "20261121021504_Routering", "20261121031155_Regelsets",
    ];

    /// <summary>
    /// Brings the schema up to date: the baseline for databases of the November release, then EF's migrations — on
    /// SQLite all or nothing (<see cref="SqliteUpgradeSnapshot"/>); PostgreSQL runs each migration in a transaction.
    /// </summary>
    public static async Task MigrateAsync(this ParticipatieDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            await SqliteUpgradeSnapshot.MigrateAsync(db, prepare: ct => ApplyAsync(db, ct), ct);
        }
        else
        {
            await db.Database.MigrateAsync(ct);
        }
    }

    public static async Task ApplyAsync(ParticipatieDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            // PostgreSQL arrived after the squash: no database of it has the old ids.
            return;
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var probe = connection.CreateCommand();
            probe.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
            if ((long)(await probe.ExecuteScalarAsync(ct))! == 0)
            {
                return;
            }

            await using var check = connection.CreateCommand();
            check.CommandText = $"SELECT COUNT(*) FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{ReleaseIds[^1]}' " +
                $"AND NOT EXISTS (SELECT 1 FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{SquashedId}')";
            if ((long)(await check.ExecuteScalarAsync(ct))! == 0)
            {
                return;
            }

            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using var replace = connection.CreateCommand();
            replace.Transaction = transaction;
            replace.CommandText =
                $"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" IN ({string.Join(", ", ReleaseIds.Select(id => $"'{id}'"))}); " +
                $"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('{SquashedId}', '6.0.7');";
            await replace.ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
