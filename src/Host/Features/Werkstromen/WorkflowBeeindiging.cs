using Participatie.Workflows;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// Retiring (no version published any more, so nothing new starts) and deleting a workflow. Both are refused while
/// instances of the workflow are still running: those instances would lose the definition they run on (delete) or be
/// left behind by a workflow that officials believe is gone (retire). Deleting is also refused while another workflow
/// uses this one as an activity.
/// </summary>
public sealed class WorkflowBeeindiging(WorkflowEngine engine)
{
    public enum Uitkomst { Gedaan, NietGevonden, Geweigerd }

    public sealed record Resultaat(Uitkomst Uitkomst, string? Melding = null);

    public async Task<Resultaat> TrekInAsync(string definitionId, CancellationToken ct)
    {
        if (await WeigeringAsync(definitionId, "ingetrokken", alsActiviteit: false, ct) is { } weigering)
        {
            return weigering;
        }

        return await engine.Definitions.RetireAsync(definitionId, ct) ? new Resultaat(Uitkomst.Gedaan) : new Resultaat(Uitkomst.NietGevonden);
    }

    public async Task<Resultaat> VerwijderAsync(string definitionId, CancellationToken ct)
    {
        if (await WeigeringAsync(definitionId, "verwijderd", alsActiviteit: true, ct) is { } weigering)
        {
            return weigering;
        }

        await engine.Definitions.DeleteAsync(definitionId, ct);
        return new Resultaat(Uitkomst.Gedaan);
    }

    private async Task<Resultaat?> WeigeringAsync(string definitionId, string handeling, bool alsActiviteit, CancellationToken ct)
    {
        if (await engine.Definitions.GetAsync(definitionId, cancellationToken: ct) is null)
        {
            return new Resultaat(Uitkomst.NietGevonden);
        }

        var lopend = await engine.Runtime.ListAsync(
            new InstanceFilter { DefinitionId = definitionId, Status = WorkflowStatus.Running, Take = 500 }, ct);
        if (lopend.Count > 0)
        {
            var aantal = lopend.Count == 500 ? "500 of meer instanties lopen" : lopend.Count == 1 ? "1 instantie loopt" : $"{lopend.Count} instanties lopen";
            return new Resultaat(Uitkomst.Geweigerd,
                $"Workflow '{definitionId}' kan niet worden {handeling}: er {aantal} nog. Rond ze af of annuleer ze eerst (zie Instanties).");
        }

        if (alsActiviteit && await engine.Definitions.FindConsumersAsync(definitionId, ct) is { Count: > 0 } gebruikers)
        {
            return new Resultaat(Uitkomst.Geweigerd,
                $"Workflow '{definitionId}' kan niet worden {handeling}: hij wordt als activiteit gebruikt door {string.Join(", ", gebruikers.Select(g => $"'{g}'"))}.");
        }

        return null;
    }
}
