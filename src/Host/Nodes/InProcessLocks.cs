using System.Collections.Concurrent;

namespace Participatie.Host.Nodes;

/// <summary>
/// The embedded SQLite database has one node, so a lock in this process is a lock on every node. Meant for a few
/// fixed names (the background sweeps); per-conversation locking keeps its own keyed locks.
/// </summary>
public sealed class InProcessLocks : INodeLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new(StringComparer.Ordinal);

    public bool SpansNodes => false;

    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken)
    {
        var semaphore = locks.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        await semaphore.WaitAsync(cancellationToken);
        return new Handle(semaphore);
    }

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        var semaphore = locks.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        return await semaphore.WaitAsync(0, cancellationToken) ? new Handle(semaphore) : null;
    }

    private sealed class Handle(SemaphoreSlim semaphore) : IAsyncDisposable
    {
        private int released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                semaphore.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
