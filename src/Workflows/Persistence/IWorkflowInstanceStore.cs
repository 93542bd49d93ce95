using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Persistence;

/// <summary>
/// Stores instances with optimistic concurrency. Contract: <see cref="SaveAsync"/> succeeds only when the stored
/// <see cref="WorkflowInstance.ConcurrencyVersion"/> equals <c>expectedVersion</c> (0 = must not exist yet); it then
/// stores the instance with version <c>expectedVersion + 1</c> and sets that on the object. Otherwise it throws
/// <see cref="WorkflowConcurrencyException"/> and stores nothing. Implementations return copies.
/// </summary>
public interface IWorkflowInstanceStore
{
    Task SaveAsync(WorkflowInstance instance, long expectedVersion, CancellationToken cancellationToken = default);

    Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WorkflowInstance>> ListAsync(InstanceFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Bookmarks matching the query, with their instance ids.</summary>
    Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(BookmarkQuery query, CancellationToken cancellationToken = default);

    Task DeleteAsync(string instanceId, CancellationToken cancellationToken = default);
}
