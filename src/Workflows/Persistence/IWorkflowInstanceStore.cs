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

    /// <summary>
    /// Saves as <see cref="SaveAsync(WorkflowInstance, long, CancellationToken)"/> and runs <paramref name="effects"/>
    /// in the same transaction: if an effect throws, nothing of the step is stored and the exception propagates.
    /// A store without transactions runs the effects first and stores the state only when they all succeed.
    /// </summary>
    async Task SaveAsync(WorkflowInstance instance, long expectedVersion, IReadOnlyList<CommitEffect> effects, CancellationToken cancellationToken = default)
    {
        foreach (var effect in effects) await effect(NoTransactionCommit.Instance, cancellationToken);
        await SaveAsync(instance, expectedVersion, cancellationToken);
    }

    Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WorkflowInstance>> ListAsync(InstanceFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Bookmarks matching the query, with their instance ids.</summary>
    Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(BookmarkQuery query, CancellationToken cancellationToken = default);

    Task DeleteAsync(string instanceId, CancellationToken cancellationToken = default);
}
