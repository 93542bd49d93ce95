using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Nodes;
using Participatie.Workflows.Model;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Serialization;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// Workflow definition versions in the database, as Elsa JSON. Every change is signalled to the other nodes
/// (<see cref="NodeChannels.Werkstromen"/>), which forget their cached definitions (<see cref="WerkstroomSynchronisatie"/>).
/// </summary>
public sealed class EfWorkflowDefinitionStore(IDbContextFactory<ParticipatieDbContext> contexts, TimeProvider clock, INodeSignals? signals = null) : IWorkflowDefinitionStore
{
    public async Task SaveAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.WorkflowDefinitions.SingleOrDefaultAsync(d => d.Id == definition.Id, cancellationToken);
        if (row is null)
        {
            row = new WorkflowDefinitionRecord { Id = definition.Id, DefinitionId = definition.DefinitionId, Json = "" };
            db.WorkflowDefinitions.Add(row);
        }

        row.DefinitionId = definition.DefinitionId;
        row.Version = definition.Version;
        row.Name = definition.Name;
        row.IsPublished = definition.IsPublished;
        row.IsLatest = definition.IsLatest;
        row.Json = WorkflowJson.Write(definition);
        row.OpgeslagenOp = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await SignalAsync(definition.DefinitionId, cancellationToken);
    }

    private Task SignalAsync(string definitionId, CancellationToken cancellationToken) =>
        signals?.PublishAsync(NodeChannels.Werkstromen, definitionId, cancellationToken) ?? Task.CompletedTask;

    public async Task<WorkflowDefinition?> FindByVersionIdAsync(string versionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var json = await db.WorkflowDefinitions.AsNoTracking().Where(d => d.Id == versionId).Select(d => d.Json).SingleOrDefaultAsync(cancellationToken);
        return json is null ? null : Load(json);
    }

    public async Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == definitionId).OrderBy(d => d.Version).Select(d => d.Json).ToListAsync(cancellationToken);
        return rows.Select(Load).ToList();
    }

    public async Task<IReadOnlyList<WorkflowDefinition>> ListLatestAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.Version == db.WorkflowDefinitions.Where(o => o.DefinitionId == d.DefinitionId).Max(o => o.Version))
            .OrderBy(d => d.DefinitionId)
            .Select(d => d.Json)
            .ToListAsync(cancellationToken);
        return rows.Select(Load).ToList();
    }

    public async Task DeleteAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.WorkflowDefinitions.RemoveRange(await db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await SignalAsync(definitionId, cancellationToken);
    }

    private static WorkflowDefinition Load(string json) =>
        WorkflowJson.Read(json, out var errors) ?? throw new InvalidOperationException(
            "A stored workflow definition cannot be read: " + string.Join("; ", errors.Select(e => e.ToString())));
}
