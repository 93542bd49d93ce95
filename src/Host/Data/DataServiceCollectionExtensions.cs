using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Participatie.Host.Data.Sqlite;

namespace Participatie.Host.Data;

/// <summary>The database: the configured provider, its context factory and the scoped context every feature uses.</summary>
public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddParticipatieData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName));
        services.AddSingleton<DatabaseLocation>();
        // The factory serves singletons (bot state, conversations); the scoped context comes from it too.
        switch (DatabaseLocation.Provider(configuration))
        {
            case DatabaseProviders.Sqlite:
                services.AddSingleton<SqliteWriteGate>();
                services.AddHostedService<SqliteCheckpoints>();
                services.AddDbContextFactory<ParticipatieDbContext>((sp, options) =>
                    options.UseSqlite(sp.GetRequiredService<DatabaseLocation>().ConnectionString)
                        .AddInterceptors(new SqliteConnectionTuning(), sp.GetRequiredService<SqliteWriteGate>())
                        // A table rebuild cannot run in a transaction; SqliteUpgradeSnapshot makes the whole upgrade all or nothing instead.
                        .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning)));
                break;
            case DatabaseProviders.Postgres:
                // Its own context type carries its own migrations; the rest of the Host asks for the common type.
                services.AddDbContextFactory<PostgresParticipatieDbContext>((sp, options) =>
                    options.UseNpgsql(sp.GetRequiredService<DatabaseLocation>().ConnectionString));
                services.AddSingleton<IDbContextFactory<ParticipatieDbContext>>(sp =>
                    new CommonContextFactory<PostgresParticipatieDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresParticipatieDbContext>>()));
                break;
        }

        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ParticipatieDbContext>>().CreateDbContext());
        return services;
    }
}
