using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Workflows;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;

namespace Participatie.Host.Features.Initiatieven;

/// <summary>Starts the routing workflow of every new initiative, and cancels it when the resident withdraws.</summary>
public sealed partial class InitiatiefRoutering(WorkflowEngine engine, ParticipatieDbContext db, TimeProvider clock, ILogger<InitiatiefRoutering> logger) : IInitiatiefIngediendHandler
{
    public const string DefinitionId = "initiatief-routering";

    /// <summary>
    /// Starts the routing, once: the new instance and its link to the initiative commit in one transaction, and an
    /// instance an earlier attempt left unlinked (a crash in an older release) is linked instead of started again.
    /// </summary>
    public async Task OnIngediendAsync(Initiatief initiatief, CancellationToken ct)
    {
        if (initiatief.WorkflowInstanceId is not null)
        {
            return;
        }

        var bestaand = (await engine.Runtime.ListAsync(new InstanceFilter { DefinitionId = DefinitionId, CorrelationId = initiatief.Referentie, Take = 1 }, ct))
            .FirstOrDefault();
        if (bestaand is not null)
        {
            await KoppelAsync(initiatief, bestaand.Id, ct);
            return;
        }

        if (await engine.Definitions.GetPublishedAsync(DefinitionId, ct) is null)
        {
            LogNoWorkflow(initiatief.Referentie);
            return;
        }

        var initiatiefId = initiatief.Id;
        var instanceId = InstanceIdVoor(initiatiefId);
        try
        {
            await engine.Runtime.StartAsync(new StartWorkflowRequest
            {
                DefinitionId = DefinitionId,
                InstanceId = instanceId,
                InCommit =
                [
                    async (commit, token) =>
                    {
                        var row = await commit.Resource<ParticipatieDbContext>().Initiatieven.SingleAsync(i => i.Id == initiatiefId, token);
                        row.WorkflowInstanceId = instanceId;
                    },
                ],
                CorrelationId = initiatief.Referentie,
            Input = new JsonObject
            {
                ["InitiatiefId"] = initiatief.Id,
                ["Referentie"] = initiatief.Referentie,
                ["WilZelfUitvoeren"] = initiatief.WilZelfUitvoeren,
                ["StartDatum"] = (initiatief.StartDatum ?? clock.GetUtcNow().UtcDateTime).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            },
            }, ct);
        }
        catch (WorkflowConcurrencyException)
        {
            // Another attempt started it a moment ago, with its link in the same commit.
        }

        initiatief.WorkflowInstanceId = instanceId;
        if (db.Entry(initiatief).State != EntityState.Detached)
        {
            await db.Entry(initiatief).ReloadAsync(ct);
        }
    }

    /// <summary>The routing instance's id follows from the initiative, so a repeated start finds the first one.</summary>
    public static string InstanceIdVoor(int initiatiefId) => string.Create(CultureInfo.InvariantCulture, $"routering-{initiatiefId}");

    private async Task KoppelAsync(Initiatief initiatief, string instanceId, CancellationToken ct)
    {
        var row = await db.Initiatieven.SingleAsync(i => i.Id == initiatief.Id, ct);
        row.WorkflowInstanceId ??= instanceId;
        await db.SaveChangesAsync(ct);
        initiatief.WorkflowInstanceId = row.WorkflowInstanceId;
        LogLinked(initiatief.Referentie, instanceId);
    }

    /// <summary>The resident withdraws: the routing stops, open tasks are cancelled, the status says so.</summary>
    public async Task<bool> TrekInAsync(int initiatiefId, string door, string? toelichting, CancellationToken ct)
    {
        var initiatief = await db.Initiatieven.Include(i => i.StatusHistorie).SingleOrDefaultAsync(i => i.Id == initiatiefId, ct);
        if (initiatief is null || initiatief.Status is InitiatiefStatus.Ingetrokken or InitiatiefStatus.Afgerond)
        {
            return false;
        }

        if (initiatief.WorkflowInstanceId is { } instanceId)
        {
            var instance = await engine.Runtime.GetAsync(instanceId, ct);
            if (instance is not null && instance.Status == WorkflowStatus.Running)
            {
                await engine.Runtime.CancelAsync(instanceId, ct);
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var taak in await db.Taken.Where(t => t.InitiatiefId == initiatiefId && t.Status == TaakStatus.Open).ToListAsync(ct))
        {
            taak.Status = TaakStatus.Geannuleerd;
            taak.AfgerondOp = now;
            taak.Toelichting = "Vervallen: het initiatief is ingetrokken.";
        }

        initiatief.ZetStatus(InitiatiefStatus.Ingetrokken, now, door, toelichting ?? "Ingetrokken door de bewoner.");
        await db.SaveChangesAsync(ct);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Initiative {Referentie} linked to its routing instance {InstanceId}, left unlinked by an earlier attempt")]
    private partial void LogLinked(string referentie, string instanceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No published routing workflow; initiative {Referentie} waits without routing")]
    private partial void LogNoWorkflow(string referentie);
}
