using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;

namespace Participatie.Host.Tests.Infrastructure;

/// <summary>
/// A migrated database for tests below the HTTP layer: a SQLite file in a temporary folder, or in the PostgreSQL pass
/// (<see cref="TestProviders"/>) a PostgreSQL database of its own.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "participatie-tests", Guid.NewGuid().ToString("N"));
    private readonly PostgresTestDatabase? postgres = TestProviders.Postgres ? new PostgresTestDatabase() : null;

    public TestDatabase()
    {
        Directory.CreateDirectory(directory);
        ConnectionString = postgres?.ConnectionString ?? $"Data Source={Path.Combine(directory, "test.db")}";
        using var db = CreateContext();
        db.Database.Migrate();
    }

    public string ConnectionString { get; }

    public ParticipatieDbContext CreateContext() => postgres is not null
        ? postgres.CreateContext()
        : new ParticipatieDbContext(new DbContextOptionsBuilder<ParticipatieDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>For code that takes a context factory (stores, singletons).</summary>
    public IDbContextFactory<ParticipatieDbContext> Factory => new ContextFactory(this);

    private sealed class ContextFactory(TestDatabase database) : IDbContextFactory<ParticipatieDbContext>
    {
        public ParticipatieDbContext CreateDbContext() => database.CreateContext();
    }

    public void Dispose()
    {
        postgres?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left-over temp files do not make a test wrong.
        }
    }
}
