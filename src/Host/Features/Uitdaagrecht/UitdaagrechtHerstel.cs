using Microsoft.EntityFrameworkCore;
using Participatie.Host.Features.Taken;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Nodes;

namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>
/// Starts the workflow of uitdaagrecht requests that were stored but never got it: the host stopped between the
/// request's commit and its start, or the start threw (the resident was told the reference number all the same).
/// The instance id is <c>uitdaagrecht-{id}</c>, so the repair and a late original start never make two.
/// </summary>
public sealed class UitdaagrechtHerstel(
    IServiceScopeFactory scopes,
    IDbContextFactory<ParticipatieDbContext> contexts,
    INodeLocks locks,
    TimeProvider clock,
    ILogger<UitdaagrechtHerstel> logger) : WerkstroomStartHerstel(scopes, contexts, locks, clock, logger)
{
    public const string SweepLock = "uitdaagrechtherstel";

    protected override string SweepLockNaam => SweepLock;

    protected override async Task<IReadOnlyList<int>> ZoekAsync(ParticipatieDbContext db, DateTime grens, CancellationToken ct) =>
        // Only requests still at their first status: every later status is set by the workflow itself.
        await db.UitdaagrechtVerzoeken
            .Where(v => v.WorkflowInstanceId == null && v.Status == UitdaagrechtStatus.Ingediend && v.IngediendOp < grens)
            .OrderBy(v => v.Id).Select(v => v.Id).ToListAsync(ct);

    protected override async Task<(string Label, string? InstanceId)> StartAsync(IServiceProvider services, int id, CancellationToken ct)
    {
        var verzoek = await services.GetRequiredService<ParticipatieDbContext>().UitdaagrechtVerzoeken.SingleAsync(v => v.Id == id, ct);
        await services.GetRequiredService<UitdaagrechtService>().StartAsync(verzoek, ct);
        return ("Uitdaagrecht request " + verzoek.Referentie, verzoek.WorkflowInstanceId);
    }

    protected override async Task<BeheerMelding> MeldingAsync(ParticipatieDbContext db, int id, string reden, CancellationToken ct)
    {
        var verzoek = await db.UitdaagrechtVerzoeken.AsNoTracking().SingleAsync(v => v.Id == id, ct);
        return new BeheerMelding(
            $"Uitdaagrechtverzoek {verzoek.Referentie} heeft geen werkstroom",
            $"De werkstroom '{UitdaagrechtService.DefinitionId}' kon niet automatisch worden gestart: {reden} Los de oorzaak op (de herstelronde probeert het elke 5 minuten opnieuw) of handel het verzoek met de hand af.",
            null, verzoek.BuurtId);
    }
}
