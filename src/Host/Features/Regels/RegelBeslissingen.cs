using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Regels;

/// <summary>Keeps every rule decision a workflow took, with its explanation.</summary>
public sealed class RegelBeslissingen(TimeProvider clock)
{
    /// <summary>Adds the decision to <paramref name="db"/> without saving: the workflow step saves it with its own state.</summary>
    public void VoegToe(ParticipatieDbContext db, string instanceId, string activityId, string regelset, string? versie, int? initiatiefId, int? programmaId,
        IReadOnlyList<string> uitkomsten, string resultaatJson)
    {
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
    }
}
