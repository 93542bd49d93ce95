using Microsoft.EntityFrameworkCore;
using Participatie.Host.Features.Taken;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Nodes;

namespace Participatie.Host.Features.Buurtbudget;

/// <summary>
/// Starts the lifecycle of buurtbudget rounds that were stored but never got it (the host stopped between the round's
/// commit and its start, or between the start and the link in an older release). Without it the round would stay in
/// Voorbereiding for ever: voting would never open. The instance id is <c>buurtbudget-ronde-{id}</c>, and an
/// instance an older release started under another id is found by its correlation id and linked, never doubled.
/// </summary>
public sealed class BuurtbudgetRondeHerstel(
    IServiceScopeFactory scopes,
    IDbContextFactory<ParticipatieDbContext> contexts,
    INodeLocks locks,
    TimeProvider clock,
    ILogger<BuurtbudgetRondeHerstel> logger) : WerkstroomStartHerstel(scopes, contexts, locks, clock, logger)
{
    public const string SweepLock = "buurtbudgetrondeherstel";

    protected override string SweepLockNaam => SweepLock;

    protected override async Task<IReadOnlyList<int>> ZoekAsync(ParticipatieDbContext db, DateTime grens, CancellationToken ct) =>
        // Imported rounds are Afgerond from the start and have no lifecycle by design.
        await db.BuurtbudgetRondes
            .Where(r => r.WorkflowInstanceId == null && r.Fase != BuurtbudgetFase.Afgerond && r.AangemaaktOp < grens)
            .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);

    protected override async Task<(string Label, string? InstanceId)> StartAsync(IServiceProvider services, int id, CancellationToken ct)
    {
        var levenscyclus = services.GetRequiredService<BuurtbudgetRondeWorkflow>();
        if (!await levenscyclus.IsGepubliceerdAsync(ct))
        {
            throw new InvalidOperationException($"De werkstroom '{BuurtbudgetRondeWorkflow.DefinitionId}' is niet gepubliceerd.");
        }

        var instanceId = await levenscyclus.StartAsync(id, ct);
        var db = services.GetRequiredService<ParticipatieDbContext>();
        // Linked in the start's commit; an instance that existed already (older release) is linked here.
        await db.BuurtbudgetRondes.Where(r => r.Id == id && r.WorkflowInstanceId == null)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.WorkflowInstanceId, instanceId), ct);
        return ("Buurtbudget round " + id, instanceId);
    }

    protected override async Task<BeheerMelding> MeldingAsync(ParticipatieDbContext db, int id, string reden, CancellationToken ct)
    {
        var ronde = await db.BuurtbudgetRondes.AsNoTracking().SingleAsync(r => r.Id == id, ct);
        return new BeheerMelding(
            $"Buurtbudgetronde '{ronde.Naam}' ({id}) heeft geen levenscyclus",
            $"De werkstroom '{BuurtbudgetRondeWorkflow.DefinitionId}' kon niet automatisch worden gestart: {reden} Zonder deze werkstroom gaat het stemmen nooit open. Los de oorzaak op (de herstelronde probeert het elke 5 minuten opnieuw) of verwijder de ronde.",
            null, ronde.BuurtId);
    }
}
