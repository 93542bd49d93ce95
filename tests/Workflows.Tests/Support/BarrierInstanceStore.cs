using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Tests.Support;

/// <summary>Lets N concurrent loads of an instance happen before any of them returns, forcing a real race.</summary>
public sealed class BarrierInstanceStore(IWorkflowInstanceStore inner, int parties) : IWorkflowInstanceStore
{
    private readonly Barrier _barrier = new(parties);
    public bool Armed { get; set; }

    public async Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var result = await inner.FindAsync(instanceId, cancellationToken);
        if (Armed) await Task.Run(() => _barrier.SignalAndWait(TimeSpan.FromSeconds(10)), cancellationToken);
        return result;
    }

    public Task SaveAsync(WorkflowInstance instance, long expectedVersion, CancellationToken cancellationToken = default) => inner.SaveAsync(instance, expectedVersion, cancellationToken);
    public Task<IReadOnlyList<WorkflowInstance>> ListAsync(InstanceFilter filter, CancellationToken cancellationToken = default) => inner.ListAsync(filter, cancellationToken);
    public Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(BookmarkQuery query, CancellationToken cancellationToken = default) => inner.FindBookmarksAsync(query, cancellationToken);
    public Task DeleteAsync(string instanceId, CancellationToken cancellationToken = default) => inner.DeleteAsync(instanceId, cancellationToken);
}
