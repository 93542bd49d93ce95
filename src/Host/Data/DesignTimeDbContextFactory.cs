using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Participatie.Host.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without starting the host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ParticipatieDbContext>
{
    public ParticipatieDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ParticipatieDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>
/// The same for PostgreSQL: <c>dotnet ef migrations add NAME --context PostgresParticipatieDbContext
/// --output-dir Data/Migrations/Postgres</c>. No server is needed to add a migration.
/// </summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresParticipatieDbContext>
{
    public PostgresParticipatieDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresParticipatieDbContext>().UseNpgsql("Host=localhost;Database=participatie_design").Options);
}
