using Participatie.Host.Data;

namespace Participatie.Host.Nodes;

/// <summary>
/// What several Host nodes on one database share beyond the data itself: locks (<see cref="INodeLocks"/>) and signals
/// (<see cref="INodeSignals"/>). On PostgreSQL they span the nodes; on the embedded SQLite — one node — they stay in
/// the process.
/// </summary>
public static class NodesServiceCollectionExtensions
{
    public static IServiceCollection AddNodes(this IServiceCollection services, IConfiguration configuration)
    {
        if (DatabaseLocation.Provider(configuration) == DatabaseProviders.Postgres)
        {
            services.AddSingleton<INodeLocks>(sp => new PostgresNodeLocks(sp.GetRequiredService<DatabaseLocation>().ConnectionString));
            services.AddSingleton(sp => new PostgresSignals(
                sp.GetRequiredService<DatabaseLocation>().ConnectionString, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<PostgresSignals>>()));
            services.AddSingleton<INodeSignals>(sp => sp.GetRequiredService<PostgresSignals>());
            services.AddHostedService(sp => sp.GetRequiredService<PostgresSignals>());
        }
        else
        {
            services.AddSingleton<INodeLocks, InProcessLocks>();
            services.AddSingleton<INodeSignals, InProcessSignals>();
        }

        return services;
    }
}
