using Medallion.Threading.Postgres;
using Npgsql;

namespace Participatie.Host.Nodes;

/// <summary>
/// Cross-node locks as PostgreSQL session advisory locks (DistributedLock.Postgres): the name is hashed to the 64-bit
/// key, the lock lives as long as the holding session, so a node that dies releases its locks with its connections.
/// A held lock holds a connection (the library's multiplexing does not work with a data source), so the locks
/// have a connection pool of their own (application name <c>participatie-locks</c>): however many turns wait for or
/// hold a lock, the queries of the turns that hold one always get a connection from the main pool.
/// </summary>
public sealed class PostgresNodeLocks : INodeLocks, IDisposable
{
    private readonly NpgsqlDataSource dataSource;
    private readonly PostgresDistributedSynchronizationProvider provider;

    public PostgresNodeLocks(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 10 };
        builder.ApplicationName = string.IsNullOrEmpty(builder.ApplicationName) ? "participatie-locks" : builder.ApplicationName + "-locks";
        dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        provider = new PostgresDistributedSynchronizationProvider(dataSource);
    }

    public bool SpansNodes => true;

    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken) =>
        await provider.CreateLock(Key(name)).AcquireAsync(cancellationToken: cancellationToken);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken) =>
        await provider.CreateLock(Key(name)).TryAcquireAsync(TimeSpan.Zero, cancellationToken);

    public void Dispose() => dataSource.Dispose();

    /// <summary>One namespace for the product's locks, so they cannot collide with another application's on the same server.</summary>
    private static PostgresAdvisoryLockKey Key(string name) => new("participatie:" + name, allowHashing: true);
}
