using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Nodes;
using Participatie.Workflows;
using Participatie.Workflows.Persistence;

namespace Participatie.Host.Features.Taken;

/// <summary>
/// Watches the open tasks: a reminder one working day before the due date, escalation to the
/// administrators (beheer) once overdue, and recovery of tasks whose inbox row was lost between the
/// workflow's save and the row's insert. <see cref="RunOnceAsync"/> is what the timer calls and what tests call.
/// One node watches at a time (<see cref="SweepLock"/>, an advisory lock on PostgreSQL), so a reminder or an
/// escalation fires once however many nodes run: a node that finds the watch taken skips its round.
/// </summary>
public sealed partial class TaakBewaking(
    IDbContextFactory<ParticipatieDbContext> contexts,
    WorkflowEngine engine,
    TaakRegistratie registratie,
    INodeLocks locks,
    TimeProvider clock,
    ILogger<TaakBewaking> logger) : BackgroundService
{
    public const string EscalatieRol = "beheer";

    public const string SweepLock = "taakbewaking";

    public sealed record Resultaat(int Herinneringen, int Escalaties, int Hersteld);

    /// <summary>One round; nothing (all zero) when another node is running its round.</summary>
    public async Task<Resultaat> RunOnceAsync(CancellationToken ct)
    {
        await using var sweep = await locks.TryAcquireAsync(SweepLock, ct);
        if (sweep is null)
        {
            return new Resultaat(0, 0, 0);
        }

        var hersteld = await HerstelAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var nu = clock.GetUtcNow();
        var open = await db.Taken.Where(t => t.Status == TaakStatus.Open).ToListAsync(ct);
        int herinneringen = 0, escalaties = 0;
        foreach (var taak in open)
        {
            var verval = new DateTimeOffset(DateTime.SpecifyKind(taak.VervalDatum, DateTimeKind.Utc));
            if (taak.HerinneringOp is null && nu >= Werkdagen.Tel(verval, -1))
            {
                taak.HerinneringOp = nu.UtcDateTime;
                herinneringen++;
                LogHerinnering(taak.Id, taak.Rol, taak.Titel);
            }

            if (taak.GeescaleerdOp is null && nu > verval)
            {
                taak.GeescaleerdOp = nu.UtcDateTime;
                taak.GeescaleerdNaar = EscalatieRol;
                escalaties++;
                LogEscalatie(taak.Id, taak.Rol, taak.Titel);
            }
        }

        await db.SaveChangesAsync(ct);
        return new Resultaat(herinneringen, escalaties, hersteld);
    }

    /// <summary>Human-task bookmarks without an inbox row get one (the bookmark carries the whole task).</summary>
    private async Task<int> HerstelAsync(CancellationToken ct)
    {
        var bookmarks = await engine.Runtime.FindBookmarksAsync(new BookmarkQuery { Name = HumanTaskStimulus.Name }, ct);
        if (bookmarks.Count == 0)
        {
            return 0;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var bekend = (await db.Taken.Where(t => t.BookmarkId != null).Select(t => t.BookmarkId!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var hersteld = 0;
        foreach (var stored in bookmarks.Where(b => !bekend.Contains(b.Bookmark.Id)))
        {
            if (stored.Bookmark.GetStimulus<HumanTaskStimulus>() is { } taak)
            {
                await registratie.RegistreerAsync(stored.InstanceId, stored.Bookmark.Id, taak, ct);
                hersteld++;
            }
        }

        return hersteld;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogMislukt(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder: task {TaakId} for {Rol} is due soon: {Titel}")]
    private partial void LogHerinnering(int taakId, string rol, string titel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Escalated: task {TaakId} for {Rol} is overdue: {Titel}")]
    private partial void LogEscalatie(int taakId, string rol, string titel);

    [LoggerMessage(Level = LogLevel.Error, Message = "Task watch failed")]
    private partial void LogMislukt(Exception exception);
}
