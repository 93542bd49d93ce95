namespace Participatie.Host.Nodes;

/// <summary>
/// Named locks that hold across every Host node on the database: on PostgreSQL session advisory locks
/// (<see cref="PostgresNodeLocks"/>), on the embedded SQLite — one node — locks in this process (<see cref="InProcessLocks"/>).
/// </summary>
public interface INodeLocks
{
    /// <summary>Whether the locks hold across processes (PostgreSQL) or only within this one (SQLite).</summary>
    bool SpansNodes { get; }

    /// <summary>Waits until the lock is free and holds it until the handle is disposed.</summary>
    Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken);

    /// <summary>Takes the lock if it is free, else returns null at once (a sweep another node is running is skipped).</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken);
}
