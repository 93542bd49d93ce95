using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Background;
using Participatie.Host.Nodes;

namespace Participatie.Host.Features.Taken;

/// <summary>
/// The shared repair of records whose workflow did not start: a crash between the record's commit and the start, or a
/// start that threw. A subclass says which records of its kind wait without a workflow and how one is started (always
/// with a deterministic instance id whose link commits with the instance, so a repeated start finds the first one and
/// never makes a second). This class runs it at start-up and every <see cref="Interval"/>, on one node at a time
/// (<see cref="SweepLockNaam"/>), leaves records younger than <see cref="Rusttijd"/> to their own submission, and turns
/// what cannot be repaired into one open task for beheer.
/// </summary>
public abstract partial class WerkstroomStartHerstel(
    IServiceScopeFactory scopes,
    IDbContextFactory<ParticipatieDbContext> contexts,
    INodeLocks locks,
    TimeProvider clock,
    ILogger logger) : PeriodicWork(clock, logger)
{
    /// <summary>A record younger than this may still be starting its own workflow; leave it alone.</summary>
    public static readonly TimeSpan Rusttijd = TimeSpan.FromMinutes(1);

    public sealed record Resultaat(int Hersteld, int Gemeld);

    /// <summary>What beheer is told about a record that could not be repaired.</summary>
    protected sealed record BeheerMelding(string Titel, string Omschrijving, int? InitiatiefId, int? BuurtId);

    /// <summary>The node lock of this kind's sweep: two nodes never repair the same record at once.</summary>
    protected abstract string SweepLockNaam { get; }

    protected override TimeSpan Interval => TimeSpan.FromMinutes(5);

    /// <summary>Ids of the records that wait without a workflow and were stored before <paramref name="grens"/>.</summary>
    protected abstract Task<IReadOnlyList<int>> ZoekAsync(ParticipatieDbContext db, DateTime grens, CancellationToken ct);

    /// <summary>
    /// Starts (or links) the record's workflow in <paramref name="services"/>' scope. Returns the linked instance id,
    /// its label for the log, or a null id when there is nothing to start with (no published workflow: logged by the feature).
    /// </summary>
    protected abstract Task<(string Label, string? InstanceId)> StartAsync(IServiceProvider services, int id, CancellationToken ct);

    /// <summary>The task for beheer when <see cref="StartAsync"/> threw.</summary>
    protected abstract Task<BeheerMelding> MeldingAsync(ParticipatieDbContext db, int id, string reden, CancellationToken ct);

    /// <summary>Work that precedes the search (e.g. finishing half-written reference numbers of an older release).</summary>
    protected virtual Task VoorbereidAsync(ParticipatieDbContext db, CancellationToken ct) => Task.CompletedTask;

    public async Task<Resultaat> RunOnceAsync(CancellationToken ct)
    {
        await using var sweep = await locks.TryAcquireAsync(SweepLockNaam, ct);
        if (sweep is null)
        {
            return new Resultaat(0, 0);
        }

        var grens = Clock.GetUtcNow().UtcDateTime - Rusttijd;
        IReadOnlyList<int> ids;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            await VoorbereidAsync(db, ct);
            ids = await ZoekAsync(db, grens, ct);
        }

        var hersteld = 0;
        var gemeld = 0;
        foreach (var id in ids)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                var (label, instanceId) = await StartAsync(scope.ServiceProvider, id, ct);
                if (instanceId is not null)
                {
                    hersteld++;
                    LogRepaired(Logger, label, instanceId);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(Logger, ex, GetType().Name, id);
                gemeld += await MeldAanBeheerAsync(id, ex.Message, ct);
            }
        }

        return new Resultaat(hersteld, gemeld);
    }

    protected override async Task<int> RoundAsync(CancellationToken ct)
    {
        var resultaat = await RunOnceAsync(ct);
        return resultaat.Hersteld + resultaat.Gemeld;
    }

    private async Task<int> MeldAanBeheerAsync(int id, string reden, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var melding = await MeldingAsync(db, id, reden, ct);
        // One open task per record: a start that keeps failing does not fill the inbox every five minutes.
        if (await db.Taken.AnyAsync(t => t.Titel == melding.Titel && t.Status == TaakStatus.Open, ct))
        {
            return 0;
        }

        db.Taken.Add(new Taak
        {
            Titel = melding.Titel,
            Omschrijving = melding.Omschrijving,
            Rol = TaakBewaking.EscalatieRol,
            InitiatiefId = melding.InitiatiefId,
            BuurtId = melding.BuurtId,
            AangemaaktOp = Clock.GetUtcNow().UtcDateTime,
            VervalDatum = Werkdagen.Tel(Clock.GetUtcNow(), 2).UtcDateTime,
            Status = TaakStatus.Open,
            Uitkomsten = ["afgehandeld"],
        });
        await db.SaveChangesAsync(ct);
        return 1;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Label} was left without its workflow; now handled by instance {InstanceId}")]
    private static partial void LogRepaired(ILogger logger, string label, string instanceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Work}: starting the workflow of record {Id} failed; reported to beheer")]
    private static partial void LogFailed(ILogger logger, Exception exception, string work, int id);
}
