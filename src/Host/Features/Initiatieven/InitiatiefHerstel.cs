using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Features.Taken;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Nodes;

namespace Participatie.Host.Features.Initiatieven;

/// <summary>
/// Finds initiatives left half-way — by a crash, or by an older release that wrote the initiative, its reference
/// number and its routing in separate steps — and finishes them: a temporary reference number gets its real one,
/// an initiative without routing gets it (or is linked to the instance that was started for it). What cannot be
/// repaired becomes a task for beheer. The sweep itself (start-up and every few minutes, one node at a time) is
/// <see cref="WerkstroomStartHerstel"/>.
/// </summary>
public sealed class InitiatiefHerstel(
    IServiceScopeFactory scopes,
    IDbContextFactory<ParticipatieDbContext> contexts,
    INodeLocks locks,
    TimeProvider clock,
    ILogger<InitiatiefHerstel> logger) : WerkstroomStartHerstel(scopes, contexts, locks, clock, logger)
{
    public const string SweepLock = "initiatiefherstel";

    protected override string SweepLockNaam => SweepLock;

    protected override async Task<IReadOnlyList<int>> ZoekAsync(ParticipatieDbContext db, DateTime grens, CancellationToken ct) =>
        await db.Initiatieven
            // Only submissions from the intake (they carry its key): imported or seeded records have no routing by design.
            .Where(i => i.Idempotentiesleutel != null && i.WorkflowInstanceId == null && i.Status != InitiatiefStatus.Ingetrokken && i.IngediendOp < grens)
            .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);

    protected override async Task<(string Label, string? InstanceId)> StartAsync(IServiceProvider services, int id, CancellationToken ct)
    {
        var db = services.GetRequiredService<ParticipatieDbContext>();
        var initiatief = await db.Initiatieven.SingleAsync(i => i.Id == id, ct);
        foreach (var handler in services.GetServices<IInitiatiefIngediendHandler>())
        {
            await handler.OnIngediendAsync(initiatief, ct);
        }

        return ("Initiative " + initiatief.Referentie, initiatief.WorkflowInstanceId);
    }

    protected override async Task<BeheerMelding> MeldingAsync(ParticipatieDbContext db, int id, string reden, CancellationToken ct)
    {
        var initiatief = await db.Initiatieven.AsNoTracking().SingleAsync(i => i.Id == id, ct);
        return new BeheerMelding(
            $"Initiatief {initiatief.Referentie} heeft geen routering",
            $"De routering kon niet automatisch worden gestart: {reden} Start hem opnieuw of handel het initiatief met de hand af.",
            initiatief.Id, initiatief.BuurtId);
    }

    /// <summary>An older release saved "NIEUW-…" first and the real number in a second step; finish the second step.</summary>
    protected override async Task VoorbereidAsync(ParticipatieDbContext db, CancellationToken ct)
    {
        var tijdelijk = await db.Initiatieven.Where(i => i.Referentie.StartsWith("NIEUW-")).ToListAsync(ct);
        foreach (var initiatief in tijdelijk)
        {
            initiatief.Referentie = string.Create(CultureInfo.InvariantCulture, $"INI-{initiatief.IngediendOp.Year}-{initiatief.Id:0000}");
        }

        if (tijdelijk.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }
    }
}
