using Microsoft.EntityFrameworkCore;
using Participatie.Host.Accounts;
using Participatie.Host.Cbs;
using Participatie.Host.Data;
using Participatie.Host.Data.Sqlite;
using Participatie.Host.DemoData;
using Participatie.Host.Options;

namespace Participatie.Host.Hosting;

/// <summary>Services shared by the web server and the command-line verbs.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddParticipatieCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ParticipatieOptions>().Bind(configuration.GetSection(ParticipatieOptions.SectionName));
        services.AddSingleton<DatabaseLocation>();
        // The factory serves singletons (bot state, conversations); the scoped context comes from it too.
        switch (DatabaseLocation.Provider(configuration))
        {
            case DatabaseProviders.Sqlite:
                services.AddSingleton<SqliteWriteGate>();
                services.AddDbContextFactory<ParticipatieDbContext>((sp, options) =>
                    options.UseSqlite(sp.GetRequiredService<DatabaseLocation>().ConnectionString)
                        .AddInterceptors(new SqliteConnectionTuning(), sp.GetRequiredService<SqliteWriteGate>()));
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
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<StaffAccountService>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<CbsStatLineImporter>();
        services.AddScoped<Initiatieven.InitiatiefService>();
        services.AddWorkflowHosting();
        services.AddSingleton<Regels.RegelsetCatalog>();
        services.AddSingleton<Regels.RegelsetControle>();
        services.AddScoped<Regels.RegelsetBeheer>();
        services.AddScoped<Regels.RegelsetProef>();
        services.AddScoped<Regels.RegelInvoerFactory>();
        services.AddScoped<Regels.BuurtSelectie>();
        services.AddScoped<Programmas.ProgrammaService>();
        services.AddScoped<Initiatieven.IOndersteuningsBeoordelaar, Regels.OndersteuningsBeoordelaar>();
        return services;
    }
}
