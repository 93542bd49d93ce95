using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// Workflow instances in the database with optimistic concurrency: a save succeeds only on the version
/// it read, so two resumes of the same bookmark cannot both proceed. Bookmarks are rows of their own,
/// replaced on every save, so events, tasks and due timers are found by query.
/// </summary>
public sealed class EfWorkflowInstanceStore(IDbContextFactory<ParticipatieDbContext> contexts, IStepFaultInjector? faults = null) : IWorkflowInstanceStore
{
    public Task SaveAsync(WorkflowInstance instance, long expectedVersion, CancellationToken cancellationToken = default) =>
        SaveAsync(instance, expectedVersion, [], cancellationToken);

    /// <summary>
    /// Saves the instance and runs the step's domain effects in one database transaction: the effects write through
    /// the same <see cref="ParticipatieDbContext"/> (<see cref="IWorkflowCommit.Resource{T}"/>), so the state, task
    /// rows, statuses, decisions and outbox messages of a step commit together or not at all.
    /// </summary>
    public async Task SaveAsync(WorkflowInstance instance, long expectedVersion, IReadOnlyList<CommitEffect> effects, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var previousVersion = instance.ConcurrencyVersion;
        await using var transaction = effects.Count > 0 ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await StageAsync(db, instance, expectedVersion, cancellationToken);
            // One SaveChanges is one transaction: the row update (guarded by the version) and the bookmark rows together.
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                var commit = new DbCommit(db);
                for (var i = 0; i < effects.Count; i++)
                {
                    await (faults?.BeforeEffectAsync(instance.Id, i, cancellationToken) ?? ValueTask.CompletedTask);
                    await effects[i](commit, cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
                await (faults?.BeforeEffectAsync(instance.Id, effects.Count, cancellationToken) ?? ValueTask.CompletedTask);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateException) when (IsInstanceWrite(db, instance.Id))
        {
            instance.ConcurrencyVersion = previousVersion;
            throw new WorkflowConcurrencyException(instance.Id, expectedVersion, -1);
        }
        catch
        {
            // An effect failed (or the commit did): the transaction is rolled back on dispose; the caller's object
            // must not claim a version that was never stored.
            instance.ConcurrencyVersion = previousVersion;
            throw;
        }
    }

    /// <summary>Whether the failed save was still writing the instance row itself (a conflict), not an effect's rows.</summary>
    private static bool IsInstanceWrite(ParticipatieDbContext db, string instanceId) =>
        db.ChangeTracker.Entries<WorkflowInstanceRecord>().Any(e => e.Entity.Id == instanceId && e.State is EntityState.Added or EntityState.Modified);

    private static async Task StageAsync(ParticipatieDbContext db, WorkflowInstance instance, long expectedVersion, CancellationToken cancellationToken)
    {
        var row = await db.WorkflowInstances.Include(i => i.Bookmarks).SingleOrDefaultAsync(i => i.Id == instance.Id, cancellationToken);
        var actual = row?.ConcurrencyVersion ?? 0;
        if (actual != expectedVersion)
        {
            throw new WorkflowConcurrencyException(instance.Id, expectedVersion, actual);
        }

        instance.ConcurrencyVersion = expectedVersion + 1;
        if (row is null)
        {
            row = new WorkflowInstanceRecord
            {
                Id = instance.Id, DefinitionId = "", DefinitionVersionId = "", Status = "", SubStatus = "", Json = "",
            };
            db.WorkflowInstances.Add(row);
        }
        else
        {
            // The version read above must still be the stored one when we write.
            db.Entry(row).Property(r => r.ConcurrencyVersion).OriginalValue = expectedVersion;
            db.WorkflowBookmarks.RemoveRange(row.Bookmarks);
            row.Bookmarks.Clear();
        }

        row.DefinitionId = instance.DefinitionId;
        row.DefinitionVersionId = instance.DefinitionVersionId;
        row.CorrelationId = instance.CorrelationId;
        row.Status = instance.Status.ToString();
        row.SubStatus = instance.SubStatus.ToString();
        row.ParentInstanceId = instance.ParentInstanceId;
        row.CreatedAt = instance.CreatedAt.UtcDateTime;
        row.UpdatedAt = instance.UpdatedAt.UtcDateTime;
        row.ConcurrencyVersion = instance.ConcurrencyVersion;
        row.Json = JsonSerializer.Serialize(instance);
        foreach (var bookmark in instance.Bookmarks)
        {
            row.Bookmarks.Add(new WorkflowBookmarkRecord
            {
                InstanceId = instance.Id,
                BookmarkId = bookmark.Id,
                Name = bookmark.Name,
                Key = bookmark.Key,
                CorrelationId = bookmark.CorrelationId,
                DueAt = bookmark.DueAt?.UtcDateTime,
                CreatedAt = bookmark.CreatedAt.UtcDateTime,
                Json = JsonSerializer.Serialize(bookmark),
            });
        }
    }

    private sealed class DbCommit(ParticipatieDbContext db) : IWorkflowCommit
    {
        public T Resource<T>() where T : class =>
            db as T ?? throw new InvalidOperationException($"The workflow commit offers a {nameof(ParticipatieDbContext)}, not a {typeof(T).Name}.");
    }

    public async Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var json = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => i.Json).SingleOrDefaultAsync(cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<WorkflowInstance>(json);
    }

    public async Task<IReadOnlyList<WorkflowInstance>> ListAsync(InstanceFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.WorkflowInstances.AsNoTracking();
        if (filter.DefinitionId is not null)
        {
            query = query.Where(i => i.DefinitionId == filter.DefinitionId);
        }

        if (filter.CorrelationId is not null)
        {
            query = query.Where(i => i.CorrelationId == filter.CorrelationId);
        }

        if (filter.Status is { } status)
        {
            var text = status.ToString();
            query = query.Where(i => i.Status == text);
        }

        if (filter.SubStatus is { } subStatus)
        {
            var text = subStatus.ToString();
            query = query.Where(i => i.SubStatus == text);
        }

        if (filter.ParentInstanceId is not null)
        {
            query = query.Where(i => i.ParentInstanceId == filter.ParentInstanceId);
        }

        var rows = await query.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).Skip(filter.Skip).Take(filter.Take).Select(i => i.Json).ToListAsync(cancellationToken);
        return rows.Select(json => JsonSerializer.Deserialize<WorkflowInstance>(json)!).ToList();
    }

    public async Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(BookmarkQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.WorkflowBookmarks.AsNoTracking();
        if (query.Name is not null)
        {
            rows = rows.Where(b => b.Name == query.Name);
        }

        if (query.Key is not null)
        {
            rows = rows.Where(b => b.Key == query.Key);
        }

        if (query.CorrelationId is not null)
        {
            rows = rows.Where(b => b.CorrelationId == query.CorrelationId);
        }

        if (query.InstanceId is not null)
        {
            rows = rows.Where(b => b.InstanceId == query.InstanceId);
        }

        if (query.DueBefore is { } due)
        {
            var utc = due.UtcDateTime;
            rows = rows.Where(b => b.DueAt != null && b.DueAt <= utc);
        }

        var found = await rows.OrderBy(b => b.CreatedAt).ThenBy(b => b.Id).Select(b => new { b.InstanceId, b.Json }).ToListAsync(cancellationToken);
        return found.Select(b => new StoredBookmark(b.InstanceId, JsonSerializer.Deserialize<Bookmark>(b.Json)!)).ToList();
    }

    public async Task DeleteAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.WorkflowInstances.Include(i => i.Bookmarks).SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (row is not null)
        {
            db.WorkflowInstances.Remove(row);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
