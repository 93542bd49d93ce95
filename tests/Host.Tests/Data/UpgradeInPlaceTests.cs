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
            var lijst = (await beheer.GetFromJsonAsync<List<JsonObject>>("/api/initiatieven?take=100"))!;
            Assert.Equal(10, lijst.Count);
            var audit = (await (await factory.CreateStaffClientAsync("beleid")).GetFromJsonAsync<JsonObject>("/api/regels/audit"))!;
            Assert.True(audit["intact"]!.GetValue<bool>());
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
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
