namespace Participatie.Workflows.Persistence;

/// <summary>
/// The transaction in which a store saves one burst of an instance. Effects registered with
/// <see cref="Activities.ActivityExecutionContext.InCommit"/> write through it, so the new state and every
/// domain effect of the step commit together or not at all.
/// </summary>
public interface IWorkflowCommit
{
    /// <summary>
    /// The store's transactional resource of type <typeparamref name="T"/> (for a database store: its unit of work,
    /// already inside the transaction). Throws when the store has none of that type.
    /// </summary>
    T Resource<T>() where T : class;
}

/// <summary>A domain effect of a step, run inside the transaction that saves the step.</summary>
public delegate Task CommitEffect(IWorkflowCommit commit, CancellationToken cancellationToken);

/// <summary>The commit of a store without transactions: effects run before the state is stored, and have no resource.</summary>
public sealed class NoTransactionCommit : IWorkflowCommit
{
    public static NoTransactionCommit Instance { get; } = new();

    public T Resource<T>() where T : class =>
        throw new InvalidOperationException($"This workflow store has no transaction with a {typeof(T).Name}: effects that need one run only on a database store.");
}
