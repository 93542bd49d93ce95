using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participatie.Host.Accounts;
using Participatie.Host.DemoData;
using Participatie.Host.Options;

namespace Participatie.Host.Data;

/// <summary>
/// Brings the database to the current schema with migrations (existing data is kept; the database is
/// never dropped) and fills an empty one with demo data.
/// </summary>
public sealed partial class DatabaseInitializer(
    ParticipatieDbContext db,
    DatabaseLocation location,
    DemoDataSeeder seeder,
    StaffAccountService accounts,
    IOptions<ParticipatieOptions> options,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger)
{
    public const string DemoPassword = "participatie-demo";

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        location.EnsureDataDirectory();
        try
        {
            await db.MigrateAsync(ct);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or System.Net.Sockets.SocketException or TimeoutException
            || ex.InnerException is System.Data.Common.DbException or System.Net.Sockets.SocketException or TimeoutException)
        {
            // One clear line for the operator instead of a stack trace; the migration's transaction was rolled back.
            throw new DatabaseUnavailableException($"De database kon niet worden geopend of bijgewerkt ({db.Database.ProviderName}): {ex.Message}", ex);
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets the web requests read while a background workflow writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        if (options.Value.SeedDemoData && !await db.Gemeenten.AnyAsync(ct))
        {
            var counts = await seeder.SeedAsync(ct);
            LogSeeded(counts.ToString());
        }

        if (environment.IsDevelopment())
        {
            await EnsureDemoAccountsAsync(ct);
        }
    }

    /// <summary>One account per role, named after it, for trying the product out. Development only.</summary>
    private async Task EnsureDemoAccountsAsync(CancellationToken ct)
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await db.StaffAccounts.AnyAsync(a => a.Gebruikersnaam == role, ct))
            {
                await accounts.UpsertAsync(role, $"Demo {role}", DemoPassword, [role], ct);
            }
        }

        // The demo corporation account works for the corporation with the most homes, so it has initiatives to see.
        var corporatie = await db.StaffAccounts.SingleAsync(a => a.Gebruikersnaam == StaffRoles.Corporatie, ct);
        if (corporatie.WoningcorporatieId is null)
        {
            corporatie.WoningcorporatieId = await db.CorporatieBezit.GroupBy(b => b.WoningcorporatieId)
                .OrderByDescending(g => g.Sum(b => b.AantalWoningen)).Select(g => (int?)g.Key).FirstOrDefaultAsync(ct);
            await db.SaveChangesAsync(ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data seeded: {Counts}")]
    private partial void LogSeeded(string counts);
}
