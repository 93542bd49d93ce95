using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Background;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Taken;
using Participatie.Host.Nodes;

namespace Participatie.Host.Features.Initiatieven;

/// <summary>
/// Finds initiatives left half-way — by a crash, or by an older release that wrote the initiative, its reference
/// number and its routing in separate steps — and finishes them: a temporary reference number gets its real one,
/// an initiative without routing gets it (or is linked to the instance that was started for it). What cannot be
/// repaired becomes a task for beheer. Runs at start-up and every few minutes, on one node at a time
/// (<see cref="SweepLock"/>), so two nodes never repair the same initiative at once.
/// </summary>
public sealed partial class InitiatiefHerstel(
    IServiceScopeFactory scopes,
    IDbContextFactory<ParticipatieDbContext> contexts,
    INodeLocks locks,
    TimeProvider clock,
    ILogger<InitiatiefHerstel> logger) : PeriodicWork(clock, logger)
{
    /// <summary>An intake younger than this may still be running its own submission; leave it alone.</summary>
    public static readonly TimeSpan Rusttijd = TimeSpan.FromMinutes(1);

    public sealed record Resultaat(int Hersteld, int Gemeld);

    public const string SweepLock = "initiatiefherstel";

    public async Task<Resultaat> RunOnceAsync(CancellationToken ct)
    {
        await using var sweep = await locks.TryAcquireAsync(SweepLock, ct);
        if (sweep is null)
        {
            return new Resultaat(0, 0);
        }

        var grens = Clock.GetUtcNow().UtcDateTime - Rusttijd;
        List<int> ids;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            await HerstelReferentiesAsync(db, ct);
            ids = await db.Initiatieven
                // Only submissions from the intake (they carry its key): imported or seeded records have no routing by design.
                .Where(i => i.Idempotentiesleutel != null && i.WorkflowInstanceId == null && i.Status != InitiatiefStatus.Ingetrokken && i.IngediendOp < grens)
                .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);
        }

        var hersteld = 0;
        var gemeld = 0;
        foreach (var id in ids)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>();
            var initiatief = await db.Initiatieven.SingleAsync(i => i.Id == id, ct);
            try
            {
                foreach (var handler in scope.ServiceProvider.GetServices<IInitiatiefIngediendHandler>())
                {
                    await handler.OnIngediendAsync(initiatief, ct);
                }

                if (initiatief.WorkflowInstanceId is not null)
                {
                    hersteld++;
                    LogRepaired(Logger, initiatief.Referentie, initiatief.WorkflowInstanceId);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(Logger, ex, initiatief.Referentie);
                gemeld += await MeldAanBeheerAsync(initiatief, ex.Message, ct);
            }
        }

        return new Resultaat(hersteld, gemeld);
    }

    protected override TimeSpan Interval => TimeSpan.FromMinutes(5);

    protected override async Task<int> RoundAsync(CancellationToken ct)
    {
        var resultaat = await RunOnceAsync(ct);
        return resultaat.Hersteld + resultaat.Gemeld;
    }

    /// <summary>An older release saved "NIEUW-…" first and the real number in a second step; finish the second step.</summary>
    private static async Task HerstelReferentiesAsync(ParticipatieDbContext db, CancellationToken ct)
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

    private async Task<int> MeldAanBeheerAsync(Initiatief initiatief, string reden, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var titel = $"Initiatief {initiatief.Referentie} heeft geen routering";
        if (await db.Taken.AnyAsync(t => t.InitiatiefId == initiatief.Id && t.Titel == titel && t.Status == TaakStatus.Open, ct))
        {
            return 0;
        }

        var nu = Clock.GetUtcNow().UtcDateTime;
        db.Taken.Add(new Taak
        {
            Titel = titel,
            Omschrijving = $"De routering kon niet automatisch worden gestart: {reden} Start hem opnieuw of handel het initiatief met de hand af.",
            Rol = TaakBewaking.EscalatieRol,
            InitiatiefId = initiatief.Id,
            BuurtId = initiatief.BuurtId,
            AangemaaktOp = nu,
            VervalDatum = Werkdagen.Tel(Clock.GetUtcNow(), 2).UtcDateTime,
            Status = TaakStatus.Open,
            Uitkomsten = ["afgehandeld"],
        });
        await db.SaveChangesAsync(ct);
        return 1;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Initiative {Referentie} was left without routing; now routed by instance {InstanceId}")]
    private static partial void LogRepaired(ILogger logger, string referentie, string instanceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Repairing initiative {Referentie} failed; reported to beheer")]
    private static partial void LogFailed(ILogger logger, Exception exception, string referentie);
}
