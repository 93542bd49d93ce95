using Participatie.Host.Background;
using Participatie.Host.Nodes;

namespace Participatie.Host.Features.Privacy;

/// <summary>
/// Erases personal data whose retention period has ended: at start-up and once a day. Residents' contact data
/// (<see cref="PersoonsgegevensBeheer.PasBewaartermijnToeAsync"/>) and every feature's <see cref="IBewaartermijnRegel"/>. One node at a time
/// (<see cref="SweepLock"/>): a node that finds another one erasing skips its round.
/// </summary>
public sealed class BewaartermijnBewaking(IServiceScopeFactory scopes, INodeLocks locks, TimeProvider clock, ILogger<BewaartermijnBewaking> logger)
    : PeriodicWork(clock, logger)
{
    public const string SweepLock = "bewaartermijnen";

    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var sweep = await locks.TryAcquireAsync(SweepLock, ct);
        if (sweep is null)
        {
            return 0;
        }

        int gewist;
        await using (var scope = scopes.CreateAsyncScope())
        {
            gewist = await scope.ServiceProvider.GetRequiredService<PersoonsgegevensBeheer>().PasBewaartermijnToeAsync(ct);
        }

        // The features' own retention rules (burgerberaad volunteers, buurtbudget proposers), each in its own scope: one
        // that fails is logged and tried again in the next round, and does not keep the others from erasing.
        int regels;
        await using (var scope = scopes.CreateAsyncScope())
        {
            regels = scope.ServiceProvider.GetServices<IBewaartermijnRegel>().Count();
        }

        for (var i = 0; i < regels; i++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var regel = scope.ServiceProvider.GetServices<IBewaartermijnRegel>().ElementAt(i);
            try
            {
                gewist += await regel.PasToeAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Bewaartermijn {Regel} is mislukt; de volgende ronde probeert het opnieuw.", regel.GetType().Name);
            }
        }

        return gewist;
    }

    protected override Task<int> RoundAsync(CancellationToken ct) => RunOnceAsync(ct);
}
