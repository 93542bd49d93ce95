using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Data;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Data;

/// <summary>
/// A database made by the November 2026 release (EF Core 6, five migrations; kept as a SQL text fixture with demo rows,
/// the audit trail's triggers and a chat conversation) upgrades in place when the current Host starts: every row is
/// still there, the new tables and columns exist, and the product works on it.
/// </summary>
[Trait(TestProviders.Trait, TestProviders.SqliteOnly)]
public sealed class UpgradeInPlaceTests
{
    private static string Fixture => Path.Combine(RepositoryPaths.Root, "tests", "Host.Tests", "Data", "Fixtures", "release-2026-11.sql");

    [Fact]
    public async Task ReleaseDatabase_UpgradesInPlace_WithItsRowsIntact()
    {
        var data = Path.Combine(Path.GetTempPath(), "participatie-upgrade", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var database = Path.Combine(data, "participatie.db");
        var voor = await LaadFixtureAsync(database);
        Assert.Equal(5, voor["__EFMigrationsHistory"]);
        Assert.Equal(10, voor["Initiatieven"]);

        using (var factory = new CustomFactory("Development", dataDirectory: data))
        {
            var beheer = await factory.CreateStaffClientAsync("beheer");
            await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ParticipatieDbContext>>().CreateDbContextAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var toegepast = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            // The release's five migrations are now the one squashed migration, followed by the newer ones.
            Assert.Equal(MigrationBaseline.SquashedId, toegepast[0]);
            Assert.DoesNotContain(toegepast, MigrationBaseline.ReleaseIds.Contains);
            foreach (var (tabel, aantal) in voor.Where(t => t.Key is not ("__EFMigrationsHistory" or "sqlite_sequence")))
            {
                Assert.True(await TelAsync(db, tabel) >= aantal, $"{tabel}: {aantal} rows before the upgrade");
            }

            Assert.Equal(0, await db.UitgaandeBerichten.CountAsync());
            Assert.All(await db.StaffAccounts.AsNoTracking().ToListAsync(), a => Assert.Empty(a.WijkCodes));
            // The help asked for was stored as flags (9 = geld|advies, 21 = geld|materialen|vergunning, 20 = materialen|vergunning).
            var hulp = await db.Initiatieven.AsNoTracking().Where(i => i.Id <= 3).OrderBy(i => i.Id).Select(i => i.GevraagdeHulp).ToListAsync();
            Assert.Equal([["geld", "advies"], ["geld", "materialen", "vergunning"], ["materialen", "vergunning"]], hulp);
            var lijst = (await beheer.GetFromJsonAsync<List<JsonObject>>("/api/initiatieven?take=100"))!;
            Assert.Equal(10, lijst.Count);
            var audit = (await (await factory.CreateStaffClientAsync("beleid")).GetFromJsonAsync<JsonObject>("/api/regels/audit"))!;
            Assert.True(audit["intact"]!.GetValue<bool>());
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task FailedUpgrade_LeavesTheReleaseDatabaseAsItWas_AndTheNextStartUpgrades()
    {
        var data = Path.Combine(Path.GetTempPath(), "participatie-upgrade", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var database = Path.Combine(data, "participatie.db");
        await LaadFixtureAsync(database);
        // An operator's reporting view on the old flags column: SQLite refuses to drop or rebuild the column under it,
        // half-way through the migrations, after earlier steps had already changed the schema.
        await VoerUitAsync(database, "CREATE VIEW rapport_hulp AS SELECT Id, GevraagdeOndersteuning FROM Initiatieven");
        var voor = await InhoudAsync(database);

        // What the Host does at start (it then stops with this message as its one line).
        await using (var db = new ParticipatieDbContext(new DbContextOptionsBuilder<ParticipatieDbContext>().UseSqlite($"Data Source={database}").Options))
        {
            var fout = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => db.MigrateAsync(CancellationToken.None));
            Assert.Contains("rapport_hulp", fout.Message);
            Assert.Contains("teruggezet naar de toestand van voor de upgrade", fout.Message);
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(voor, await InhoudAsync(database));
        Assert.False(File.Exists(Participatie.Host.Data.Sqlite.SqliteUpgradeSnapshot.SnapshotPath(database)));

        // The operator drops the view; the next start upgrades the same rows.
        await VoerUitAsync(database, "DROP VIEW rapport_hulp");
        using (var factory = new CustomFactory("Development", dataDirectory: data))
        {
            var beheer = await factory.CreateStaffClientAsync("beheer");
            var lijst = (await beheer.GetFromJsonAsync<List<JsonObject>>("/api/initiatieven?take=100"))!;
            Assert.Equal(10, lijst.Count);
            await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ParticipatieDbContext>>().CreateDbContextAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    private static async Task VoerUitAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The schema (every table, index, trigger and view as SQL) and every row, as text: equal means unchanged.</summary>
    private static async Task<List<string>> InhoudAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        var regels = new List<string>();
        var tabellen = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                regels.Add($"{reader.GetString(0)} {reader.GetString(1)}: {(reader.IsDBNull(2) ? "" : reader.GetString(2))}");
                if (reader.GetString(0) == "table")
                {
                    tabellen.Add(reader.GetString(1));
                }
            }
        }

        foreach (var tabel in tabellen)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{tabel}\" ORDER BY 1";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                regels.Add(tabel + ": " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        return regels;
    }

    private static async Task<Dictionary<string, long>> LaadFixtureAsync(string database)
    {
        // The dump lists tables alphabetically, children before parents: load it as sqlite3 would, without FK checks.
        await using var connection = new SqliteConnection($"Data Source={database};Foreign Keys=False");
        await connection.OpenAsync();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = await File.ReadAllTextAsync(Fixture);
            await command.ExecuteNonQueryAsync();
        }

        var tellingen = new Dictionary<string, long>(StringComparer.Ordinal);
        var tabellen = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tabellen.Add(reader.GetString(0));
            }
        }

        foreach (var tabel in tabellen)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{tabel}\"";
            tellingen[tabel] = (long)(await command.ExecuteScalarAsync())!;
        }

        return tellingen;
    }

    private static async Task<long> TelAsync(ParticipatieDbContext db, string tabel)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{tabel}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
