using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;

namespace Participatie.Host.WorkflowHosting;

/// <summary>
/// Workflow instances in the database with optimistic concurrency: a save succeeds only on the version
/// it read, so two resumes of the same bookmark cannot both proceed. Bookmarks are rows of their own,
/// replaced on every save, so events, tasks and due timers are found by query.
/// </summary>
public sealed class EfWorkflowInstanceStore(IDbContextFactory<ParticipatieDbContext> contexts) : IWorkflowInstanceStore
{
    public async Task SaveAsync(WorkflowInstance instance, long expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.WorkflowInstances.Include(i => i.Bookmarks).SingleOrDefaultAsync(i => i.Id == instance.Id, cancellationToken);
        var actual = row?.ConcurrencyVersion ?? 0;
        if (actual != expectedVersion)
        {
            throw new WorkflowConcurrencyException(instance.Id, expectedVersion, actual);
        }

        var previousVersion = instance.ConcurrencyVersion;
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

        try
        {
            // One SaveChanges is one transaction: the row update (guarded by the version) and the bookmark rows together.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            instance.ConcurrencyVersion = previousVersion;
            throw new WorkflowConcurrencyException(instance.Id, expectedVersion, -1);
        }
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
