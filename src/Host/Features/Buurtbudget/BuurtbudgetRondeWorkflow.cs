using System.Text.Json.Nodes;
using Participatie.Workflows;
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

    /// <summary>Starts the round's lifecycle; it runs at once up to the first phase whose date lies ahead.</summary>
    public async Task<string> StartAsync(int rondeId, CancellationToken ct)
    {
        var result = await engine.Runtime.StartAsync(new StartWorkflowRequest
        {
            DefinitionId = DefinitionId,
            CorrelationId = $"buurtbudget-{rondeId}",
            Input = new JsonObject { [RondeIdVariabele] = rondeId },
        }, ct);
        return result.Instance.Id;
    }
}
