using Participatie.Host.Background;
using Participatie.Host.Nodes;

namespace Participatie.Host.Features.Privacy;

/// <summary>
/// Erases personal data whose retention period has ended: at start-up and once a day. One node at a time
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

        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PersoonsgegevensBeheer>().PasBewaartermijnToeAsync(ct);
    }

    protected override Task<int> RoundAsync(CancellationToken ct) => RunOnceAsync(ct);
}
