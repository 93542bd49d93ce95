using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Workflows;
using Participatie.Workflows.Runtime;

namespace Participatie.Host.Initiatieven;

/// <summary>Starts the routing workflow of every new initiative, and cancels it when the resident withdraws.</summary>
public sealed partial class InitiatiefRoutering(WorkflowEngine engine, ParticipatieDbContext db, TimeProvider clock, ILogger<InitiatiefRoutering> logger) : IInitiatiefIngediendHandler
{
    public const string DefinitionId = "initiatief-routering";

    public async Task OnIngediendAsync(Initiatief initiatief, CancellationToken ct)
    {
        if (initiatief.WorkflowInstanceId is not null)
        {
            return;
        }

        if (await engine.Definitions.GetPublishedAsync(DefinitionId, ct) is null)
        {
            LogNoWorkflow(initiatief.Referentie);
            return;
        }

        var result = await engine.Runtime.StartAsync(new StartWorkflowRequest
        {
            DefinitionId = DefinitionId,
            CorrelationId = initiatief.Referentie,
            Input = new JsonObject
            {
                ["InitiatiefId"] = initiatief.Id,
                ["Referentie"] = initiatief.Referentie,
                ["WilZelfUitvoeren"] = initiatief.WilZelfUitvoeren,
                ["StartDatum"] = (initiatief.StartDatum ?? clock.GetUtcNow().UtcDateTime).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            },
        }, ct);
        var row = await db.Initiatieven.SingleAsync(i => i.Id == initiatief.Id, ct);
        row.WorkflowInstanceId = result.Instance.Id;
        await db.SaveChangesAsync(ct);
        initiatief.WorkflowInstanceId = result.Instance.Id;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "No published routing workflow; initiative {Referentie} waits without routing")]
    private partial void LogNoWorkflow(string referentie);
}
