using System.Collections.Concurrent;
using Participatie.Workflows.Model;
using Participatie.Workflows.Serialization;

namespace Participatie.Workflows.Persistence;

/// <summary>Definition store in memory; keeps each version as canonical JSON (so it also proves round-tripping).</summary>
public sealed class InMemoryWorkflowDefinitionStore : IWorkflowDefinitionStore
{
    private readonly ConcurrentDictionary<string, string> _byVersionId = new(StringComparer.Ordinal);

    public Task SaveAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        _byVersionId[definition.Id] = WorkflowJson.Write(definition);
        return Task.CompletedTask;
    }

    public Task<WorkflowDefinition?> FindByVersionIdAsync(string versionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_byVersionId.TryGetValue(versionId, out var json) ? Load(json) : null);

    public Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<WorkflowDefinition>>(All().Where(d => d.DefinitionId == definitionId).OrderBy(d => d.Version).ToList());

    public Task<IReadOnlyList<WorkflowDefinition>> ListLatestAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<WorkflowDefinition>>(All().GroupBy(d => d.DefinitionId).Select(g => g.MaxBy(d => d.Version)!).ToList());

    public Task DeleteAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        foreach (var (id, _) in _byVersionId.Where(kv => Load(kv.Value).DefinitionId == definitionId).ToList())
            _byVersionId.TryRemove(id, out _);
        return Task.CompletedTask;
    }

    private IEnumerable<WorkflowDefinition> All() => _byVersionId.Values.Select(Load);

    private static WorkflowDefinition Load(string json) =>
        WorkflowJson.Read(json, out _) ?? throw new InvalidOperationException("Stored definition cannot be read.");
}
