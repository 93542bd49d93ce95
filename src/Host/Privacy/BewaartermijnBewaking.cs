using Participatie.Host.Hosting;

namespace Participatie.Host.Privacy;

/// <summary>Erases personal data whose retention period has ended: at start-up and once a day.</summary>
public sealed class BewaartermijnBewaking(IServiceScopeFactory scopes, TimeProvider clock, ILogger<BewaartermijnBewaking> logger)
    : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PersoonsgegevensBeheer>().PasBewaartermijnToeAsync(ct);
    }

    protected override Task<int> RoundAsync(CancellationToken ct) => RunOnceAsync(ct);
}
