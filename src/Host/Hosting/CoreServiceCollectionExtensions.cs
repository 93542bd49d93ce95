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
        // The factory serves singletons (bot state, conversations); EF Core 6 also registers the scoped context with it.
        services.AddSingleton<SqliteWriteGate>();
        services.AddDbContextFactory<ParticipatieDbContext>((sp, options) =>
        {
            // The only provider-specific lines: PostgreSQL slots in here once its EF provider restores.
            options.UseSqlite(sp.GetRequiredService<DatabaseLocation>().ConnectionString)
                .AddInterceptors(new SqliteConnectionTuning(), sp.GetRequiredService<SqliteWriteGate>());
        });
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
