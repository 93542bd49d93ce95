using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Participatie.Host.Data.Sqlite;

/// <summary>
/// SQLite has one writer at a time; when many requests save at once they would otherwise spin on
/// SQLITE_BUSY with sleeps. This gate queues <c>SaveChanges</c> calls in the process instead, which
/// hands the write lock over without waiting. Saves inside an explicit transaction are not gated: that
/// transaction already holds the database's write lock.
/// </summary>
public sealed class SqliteWriteGate : SaveChangesInterceptor
{
    private readonly SemaphoreSlim gate = new(1, 1);
    // Which contexts hold the gate. Keyed by context, not AsyncLocal: a value set inside the async
    // SavingChangesAsync would not flow back to the caller that later runs SavedChangesAsync.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DbContext, bool> holders = new(ReferenceEqualityComparer.Instance);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (ShouldGate(eventData))
        {
            gate.Wait();
            holders[eventData.Context!] = true;
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (ShouldGate(eventData))
        {
            await gate.WaitAsync(cancellationToken);
            holders[eventData.Context!] = true;
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    // EF Core 7+ reports a concurrency conflict here and may not call SaveChangesFailed for it: release the gate too,
    // or every later save in the process waits for ever. Release is idempotent per context.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private bool ShouldGate(DbContextEventData eventData) =>
        eventData.Context is { } context && context.Database.CurrentTransaction is null && !holders.ContainsKey(context);

    private void Release(DbContext? context)
    {
        if (context is not null && holders.TryRemove(context, out _))
        {
            gate.Release();
        }
    }
}
