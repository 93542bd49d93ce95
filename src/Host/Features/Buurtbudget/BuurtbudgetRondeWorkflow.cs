using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Workflows;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>
/// The lifecycle of every round is the shipped workflow <c>buurtbudget-ronde</c> (<c>workflows-json/workflows</c>),
/// published on first start and from then on the officials' to change in the designer. A new round starts an instance
/// of whatever version is published at that moment; running rounds stay on the version they started with.
/// </summary>
public sealed class BuurtbudgetRondeWorkflow(WorkflowEngine engine)
{
    public const string DefinitionId = "buurtbudget-ronde";
    public const string RondeIdVariabele = "RondeId";

    public async Task<bool> IsGepubliceerdAsync(CancellationToken ct) =>
        await engine.Definitions.GetPublishedAsync(DefinitionId, ct) is not null;

    /// <summary>The instance id follows from the round, so a repeated start (or the repair) finds the first one.</summary>
    public static string InstanceIdVoor(int rondeId) => string.Create(CultureInfo.InvariantCulture, $"buurtbudget-ronde-{rondeId}");

    public static string CorrelationIdVoor(int rondeId) => string.Create(CultureInfo.InvariantCulture, $"buurtbudget-{rondeId}");

    /// <summary>
    /// Starts the round's lifecycle once; it runs at once up to the first phase whose date lies ahead. The round's link
    /// to the instance commits with the instance. An instance that already exists for the round — started by an earlier
    /// attempt, or by an older release under a random id and never linked — is linked instead of started again.
    /// </summary>
    public async Task<string> StartAsync(int rondeId, CancellationToken ct)
    {
        var bestaand = await engine.Runtime.GetAsync(InstanceIdVoor(rondeId), ct)
            ?? (await engine.Runtime.ListAsync(new InstanceFilter { DefinitionId = DefinitionId, CorrelationId = CorrelationIdVoor(rondeId), Take = 1 }, ct)).FirstOrDefault();
        if (bestaand is not null)
        {
            return bestaand.Id;
        }

        var instanceId = InstanceIdVoor(rondeId);
        try
        {
            await engine.Runtime.StartAsync(new StartWorkflowRequest
            {
                DefinitionId = DefinitionId,
                InstanceId = instanceId,
                CorrelationId = CorrelationIdVoor(rondeId),
                Input = new JsonObject { [RondeIdVariabele] = rondeId },
                InCommit =
                [
                    async (commit, token) =>
                    {
                        var ronde = await commit.Resource<ParticipatieDbContext>().BuurtbudgetRondes.SingleAsync(r => r.Id == rondeId, token);
                        ronde.WorkflowInstanceId = instanceId;
                    },
                ],
            }, ct);
        }
        catch (WorkflowConcurrencyException)
        {
            // Another attempt started it a moment ago, with its link in the same commit.
        }

        return instanceId;
    }

    /// <summary>Whether the round's lifecycle instance exists (a start that threw may still have committed it).</summary>
    public async Task<bool> BestaatAsync(int rondeId, CancellationToken ct) =>
        await engine.Runtime.GetAsync(InstanceIdVoor(rondeId), ct) is not null;
}
