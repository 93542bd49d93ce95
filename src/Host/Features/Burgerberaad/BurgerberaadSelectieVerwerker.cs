using Microsoft.EntityFrameworkCore;
using Participatie.Host.Data;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Burgerberaad;

/// <summary>
/// Runs selections one at a time outside any HTTP request (large pools take minutes). At start-up it picks up
/// selections that were queued or running when the Host stopped: the engine is deterministic, so running one again
/// gives the same panel. A failure of one selection is recorded on it and does not stop the worker.
/// </summary>
public sealed partial class BurgerberaadSelectieVerwerker(
    IServiceScopeFactory scopes, BurgerberaadSelectieWachtrij wachtrij, ILogger<BurgerberaadSelectieVerwerker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>();
            var open = await db.Burgerberaden.AsNoTracking()
                .Where(b => b.SelectieStatus == BurgerberaadSelectieStatus.InWachtrij || b.SelectieStatus == BurgerberaadSelectieStatus.Bezig)
                .Select(b => b.Id).ToListAsync(stoppingToken);
            open.ForEach(wachtrij.Plaats);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogHervattenMislukt(ex);
        }

        await foreach (var id in wachtrij.LeesAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<BurgerberaadSelectie>().VoerUitAsync(id, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFout(ex, id);
                await MarkeerMisluktAsync(id, stoppingToken);
            }
        }
    }

    /// <summary>An unexpected error (solver, database) is shown to staff as a failed selection they may ask again.</summary>
    private async Task MarkeerMisluktAsync(int id, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>();
            await db.Burgerberaden.Where(b => b.Id == id && b.SelectieStatus == BurgerberaadSelectieStatus.Bezig)
                .ExecuteUpdateAsync(set => set.SetProperty(b => b.SelectieStatus, BurgerberaadSelectieStatus.Mislukt)
                    .SetProperty(b => b.SelectieFout, "De selectie liep vast door een onverwachte fout; vraag haar opnieuw aan. Blijft het misgaan, meld het dan aan beheer."), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFout(ex, id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Burgerberaad {Id}: the selection failed unexpectedly")]
    private partial void LogFout(Exception exception, int id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Burgerberaad: could not look up selections to resume")]
    private partial void LogHervattenMislukt(Exception exception);
}
