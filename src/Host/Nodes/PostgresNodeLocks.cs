using Medallion.Threading.Postgres;

namespace Participatie.Host.Nodes;

/// <summary>
/// Cross-node locks as PostgreSQL session advisory locks (DistributedLock.Postgres): the name is hashed to the 64-bit
/// key, the lock lives as long as the holding session, so a node that dies releases its locks with its connections.
/// Several locks share a connection where the library can (multiplexing), so many held conversation locks do not take
/// as many connections.
/// </summary>
public sealed class PostgresNodeLocks(string connectionString) : INodeLocks
{
    private readonly PostgresDistributedSynchronizationProvider provider = new(connectionString, options => options.UseMultiplexing());

    public bool SpansNodes => true;

    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken) =>
        await provider.CreateLock(Key(name)).AcquireAsync(cancellationToken: cancellationToken);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken) =>
        await provider.CreateLock(Key(name)).TryAcquireAsync(TimeSpan.Zero, cancellationToken);

    /// <summary>One namespace for the product's locks, so they cannot collide with another application's on the same server.</summary>
    private static PostgresAdvisoryLockKey Key(string name) => new("participatie:" + name, allowHashing: true);
}
