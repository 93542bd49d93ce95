using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Participatie.Host.Data.Sqlite;

/// <summary>
/// Makes an upgrade of an embedded SQLite database all or nothing. SQLite cannot rebuild a table (EF's way to drop or
/// change a column) inside a transaction, so EF commits such a migration in pieces: a crash or an error half-way left
/// the schema half-changed, and the next start then failed on the half that was already there. Before the pending
/// migrations run, a consistent copy of the file is taken (<c>VACUUM INTO</c>, which also sees what is still in the
/// WAL); when any of them fails, the copy is written back over the database with SQLite's online backup, and the copy is
/// removed once the upgrade has succeeded or been undone.
/// </summary>
public static class SqliteUpgradeSnapshot
{
    /// <summary>Next to the database, so it is on the same disk and no other process's folder is needed.</summary>
    public static string SnapshotPath(string databaseFile) => databaseFile + ".voor-upgrade";

    /// <param name="prepare">Work on the migrations' history that belongs to the upgrade (the November baseline):
    /// undone with it.</param>
    public static async Task MigrateAsync(DbContext db, Func<CancellationToken, Task> prepare, CancellationToken ct)
    {
        var file = DatabaseFile(db);
        if (file is null || !(await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            await prepare(ct);
            await db.Database.MigrateAsync(ct);
            return;
        }

        var existed = File.Exists(file) && new FileInfo(file).Length > 0;
        var snapshot = SnapshotPath(file);
        if (existed)
        {
            await TakeSnapshotAsync(db, snapshot, ct);
        }

        var step = "voorbereiding";
        try
        {
            await prepare(ct);
            // One migration at a time, so the message can say which one failed.
            var migrator = db.GetService<IMigrator>();
            foreach (var migration in await db.Database.GetPendingMigrationsAsync(ct))
            {
                step = migration;
                await migrator.MigrateAsync(migration, ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await db.Database.CloseConnectionAsync();
            SqliteConnection.ClearAllPools();
            var undone = existed ? await RestoreAsync(file, snapshot) : Remove(file);
            throw new DatabaseUnavailableException($"de database-upgrade '{step}' is mislukt ({ex.GetBaseException().Message}); {undone}", ex);
        }
        finally
        {
            if (existed)
            {
                DeleteWithSidecars(snapshot);
            }
        }
    }

    private static string? DatabaseFile(DbContext db)
    {
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        var source = builder.DataSource;
        return builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(source) || source == ":memory:"
            ? null
            : Path.GetFullPath(source);
    }

    private static async Task TakeSnapshotAsync(DbContext db, string snapshot, CancellationToken ct)
    {
        // A copy left by an upgrade that was killed half-way belongs to that attempt, not to this database state.
        DeleteWithSidecars(snapshot);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $snapshot";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$snapshot";
            parameter.Value = snapshot;
            command.Parameters.Add(parameter);
            await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<string> RestoreAsync(string file, string snapshot)
    {
        try
        {
            // The backup API replaces every page of the live database in one step and takes care of its WAL.
            await using var source = new SqliteConnection($"Data Source={snapshot};Mode=ReadOnly;Pooling=False");
            await using var target = new SqliteConnection($"Data Source={file};Pooling=False");
            await source.OpenAsync();
            await target.OpenAsync();
            source.BackupDatabase(target);
            return "de database is teruggezet naar de toestand van voor de upgrade";
        }
        catch (Exception restoreError)
        {
            // Keep the copy: it is the only intact state left, and the operator needs to know where it is.
            File.Copy(snapshot, snapshot + ".bewaard", overwrite: true);
            return $"terugzetten lukte niet ({restoreError.Message}); de toestand van voor de upgrade staat in {snapshot}.bewaard";
        }
    }

    private static string Remove(string file)
    {
        DeleteWithSidecars(file);
        return "de nieuwe, half aangemaakte database is verwijderd";
    }

    private static void DeleteWithSidecars(string file)
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            File.Delete(path);
        }
    }
}
