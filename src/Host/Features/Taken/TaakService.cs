using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Workflows;
using Participatie.Workflows.Persistence;

namespace Participatie.Host.Features.Taken;

/// <summary>Completes tasks: checks the outcome and who may act, resumes the workflow waiting on the task, records the outcome.</summary>
public sealed class TaakService(ParticipatieDbContext db, WorkflowEngine engine, TimeProvider clock)
{
    public async Task<TaakAfrondingResultaat> RondAfAsync(int taakId, string uitkomst, string? toelichting, string door, IReadOnlyCollection<string> rollen, CancellationToken ct, JsonObject? gegevens = null)
    {
        var taak = await db.Taken.SingleOrDefaultAsync(t => t.Id == taakId, ct);
        if (taak is null)
        {
            return TaakAfrondingResultaat.NietGevonden;
        }

        if (!StaffRoles.MagHandelenVoor(rollen, taak.Rol) && taak.ToegewezenAan != door)
        {
            return TaakAfrondingResultaat.NietToegestaan;
        }

        if (taak.Status != TaakStatus.Open)
        {
            return TaakAfrondingResultaat.AlAfgerond;
        }

        if (!taak.Uitkomsten.Contains(uitkomst))
        {
            return TaakAfrondingResultaat.OngeldigeUitkomst;
        }

        if (taak.WorkflowInstanceId is not null && taak.BookmarkId is not null)
        {
            // The resumed step closes this task itself, in the same transaction as the workflow's new state
            // (HumanTask → TaakAfsluiting): both happen, or neither.
            try
            {
                await engine.Runtime.ResumeBookmarkAsync(taak.WorkflowInstanceId, taak.BookmarkId,
                    new JsonObject { ["uitkomst"] = uitkomst, ["toelichting"] = toelichting, ["door"] = door, ["gegevens"] = gegevens?.DeepClone() }, ct);
            }
            catch (Exception ex) when (ex is WorkflowConcurrencyException or Participatie.Workflows.Runtime.WorkflowNotFoundException
                or TaakAlAfgerondException or DbUpdateConcurrencyException)
            {
                // Someone else completed it a moment ago; nothing of this attempt was stored.
                return TaakAfrondingResultaat.AlAfgerond;
            }

            return TaakAfrondingResultaat.Afgerond;
        }

        // A task without a workflow: the status is the concurrency token, so only one of two simultaneous completions commits.
        taak.Status = TaakStatus.Afgerond;
        taak.Uitkomst = uitkomst;
        taak.Toelichting = toelichting;
        taak.AfgerondDoor = door;
        taak.AfgerondOp = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TaakAfrondingResultaat.AlAfgerond;
        }

        return TaakAfrondingResultaat.Afgerond;
    }
}
