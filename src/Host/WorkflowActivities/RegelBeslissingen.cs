using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.WorkflowActivities;

/// <summary>Keeps every rule decision a workflow took, with its explanation.</summary>
public sealed class RegelBeslissingen(IDbContextFactory<ParticipatieDbContext> contexts, TimeProvider clock)
{
    public async Task BewaarAsync(string instanceId, string activityId, string regelset, string? versie, int? initiatiefId, int? programmaId,
        IReadOnlyList<string> uitkomsten, string resultaatJson, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.RegelBeslissingen.Add(new RegelBeslissing
        {
            WorkflowInstanceId = instanceId,
            ActivityId = activityId,
            Regelset = regelset,
            RegelsetVersie = versie,
            InitiatiefId = initiatiefId,
            ProgrammaId = programmaId,
            Op = clock.GetUtcNow().UtcDateTime,
            Uitkomsten = uitkomsten.ToList(),
            ResultaatJson = resultaatJson,
        });
        await db.SaveChangesAsync(ct);
    }
}
