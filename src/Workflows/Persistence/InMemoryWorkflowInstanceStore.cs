using System.Text.Json;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Persistence;

/// <summary>
/// Instance store in memory. Every instance is kept as System.Text.Json text, so whatever the engine persists is
/// proven JSON-serialisable, and readers never share objects with the runtime.
/// </summary>
public sealed class InMemoryWorkflowInstanceStore : IWorkflowInstanceStore
{
    private readonly Dictionary<string, (long Version, string Json, WorkflowInstance Index)> _instances = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public Task SaveAsync(WorkflowInstance instance, long expectedVersion, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var actual = _instances.TryGetValue(instance.Id, out var existing) ? existing.Version : 0;
            if (actual != expectedVersion) throw new WorkflowConcurrencyException(instance.Id, expectedVersion, actual);
            instance.ConcurrencyVersion = expectedVersion + 1;
            var json = JsonSerializer.Serialize(instance);
            _instances[instance.Id] = (instance.ConcurrencyVersion, json, IndexOf(instance));
        }
        return Task.CompletedTask;
    }

    public Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
            return Task.FromResult(_instances.TryGetValue(instanceId, out var e) ? JsonSerializer.Deserialize<WorkflowInstance>(e.Json) : null);
    }

    public Task<IReadOnlyList<WorkflowInstance>> ListAsync(InstanceFilter filter, CancellationToken cancellationToken = default)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<WorkflowInstance>>(_instances.Values
                .Where(e => filter.Matches(e.Index))
                .OrderBy(e => e.Index.CreatedAt).ThenBy(e => e.Index.Id, StringComparer.Ordinal)
                .Skip(filter.Skip).Take(filter.Take)
                .Select(e => JsonSerializer.Deserialize<WorkflowInstance>(e.Json)!)
                .ToList());
    }

    public Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(BookmarkQuery query, CancellationToken cancellationToken = default)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<StoredBookmark>>(_instances.Values
                .SelectMany(e => e.Index.Bookmarks.Where(b => query.Matches(e.Index.Id, b)).Select(b => new StoredBookmark(e.Index.Id, b)))
                .OrderBy(s => s.Bookmark.CreatedAt)
                .ToList());
    }

    /// <summary>The fields filters and bookmark queries need (bookmarks copied field by field).</summary>
    private static WorkflowInstance IndexOf(WorkflowInstance i) => new()
    {
        Id = i.Id,
        DefinitionId = i.DefinitionId,
        CorrelationId = i.CorrelationId,
        Status = i.Status,
        SubStatus = i.SubStatus,
        ParentInstanceId = i.ParentInstanceId,
        CreatedAt = i.CreatedAt,
        Bookmarks = i.Bookmarks.Select(b => new Bookmark
        {
            Id = b.Id, Name = b.Name, Key = b.Key, CorrelationId = b.CorrelationId, ContextId = b.ContextId, NodeId = b.NodeId,
            ActivityId = b.ActivityId, ActivityName = b.ActivityName, ActivityType = b.ActivityType,
            Payload = (System.Text.Json.Nodes.JsonObject?)b.Payload?.DeepClone(), DueAt = b.DueAt, CreatedAt = b.CreatedAt,
        }).ToList(),
    };

    public Task DeleteAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        lock (_gate) _instances.Remove(instanceId);
        return Task.CompletedTask;
    }
}
