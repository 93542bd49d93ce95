using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Tests.Persistence;

public sealed class StoreConformanceTests
{
    [Fact]
    public async Task InMemoryStores_Conformance_Pass()
    {
        await StoreConformance.VerifyInstanceStoreAsync(() => new InMemoryWorkflowInstanceStore());
        await StoreConformance.VerifyDefinitionStoreAsync(() => new InMemoryWorkflowDefinitionStore());
    }

    [Fact]
    public async Task StoreWithoutConcurrencyCheck_Conformance_ReportsBrokenRule()
    {
        var error = await Assert.ThrowsAsync<StoreContractException>(() => StoreConformance.VerifyInstanceStoreAsync(() => new LastWriteWinsStore()));

        Assert.Contains("rejected", error.Rule);
    }

    /// <summary>A naive store that ignores the expected version (what an EF store without a concurrency token does).</summary>
    private sealed class LastWriteWinsStore : IWorkflowInstanceStore
    {
        private readonly InMemoryWorkflowInstanceStore _inner = new();

        public async Task SaveAsync(WorkflowInstance instance, long expectedVersion, CancellationToken cancellationToken = default)
        {
            var current = (await _inner.FindAsync(instance.Id, cancellationToken))?.ConcurrencyVersion ?? 0;
            await _inner.SaveAsync(instance, current, cancellationToken);
        }

        public Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default) => _inner.FindAsync(instanceId, cancellationToken);
        public Task<IReadOnlyList<WorkflowInstance>> ListAsync(InstanceFilter filter, CancellationToken cancellationToken = default) => _inner.ListAsync(filter, cancellationToken);
        public Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(BookmarkQuery query, CancellationToken cancellationToken = default) => _inner.FindBookmarksAsync(query, cancellationToken);
        public Task DeleteAsync(string instanceId, CancellationToken cancellationToken = default) => _inner.DeleteAsync(instanceId, cancellationToken);
    }
}
