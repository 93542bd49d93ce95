using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Workflows;
using Participatie.Workflows.Runtime;

namespace Participatie.Host.Features.Programmas;

/// <summary>Starts a programme: its lifecycle workflow runs the six phases with their deadlines.</summary>
public sealed class ProgrammaService(ParticipatieDbContext db, WorkflowEngine engine)
{
    public const string DefinitionId = "programma-doe-democratie";

    public sealed record StartResultaat(bool Gestart, string Melding, Programma? Programma);

    public async Task<StartResultaat> StartAsync(int? programmaId, CancellationToken ct)
    {
        var programma = programmaId is { } id
            ? await db.Programmas.SingleOrDefaultAsync(p => p.Id == id, ct)
            : await db.Programmas.OrderBy(p => p.Id).FirstOrDefaultAsync(p => p.WorkflowInstanceId == null, ct);
        if (programma is null)
        {
            return new StartResultaat(false, programmaId is null ? "Er is geen programma dat nog niet gestart is." : $"Programma {programmaId} bestaat niet.", null);
        }

        if (programma.WorkflowInstanceId is not null)
        {
            return new StartResultaat(false, $"Programma '{programma.Naam}' is al gestart.", programma);
        }

        if (await engine.Definitions.GetPublishedAsync(DefinitionId, ct) is null)
        {
            return new StartResultaat(false, $"De werkstroom '{DefinitionId}' is niet gepubliceerd.", programma);
        }

        var result = await engine.Runtime.StartAsync(new StartWorkflowRequest
        {
            DefinitionId = DefinitionId,
            CorrelationId = $"programma-{programma.Id}",
            Input = new JsonObject { ["ProgrammaId"] = programma.Id },
        }, ct);
        await db.Entry(programma).ReloadAsync(ct);
        programma.WorkflowInstanceId = result.Instance.Id;
        await db.SaveChangesAsync(ct);
        return new StartResultaat(true, $"Programma '{programma.Naam}' gestart.", programma);
    }
}
