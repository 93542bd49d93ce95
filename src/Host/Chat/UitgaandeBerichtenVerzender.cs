using Participatie.Host.Hosting;

namespace Participatie.Host.Chat;

/// <summary>
/// Delivers what waits in the outbox: messages whose immediate delivery failed, those left by a host that stopped
/// between a step's commit and the delivery, and those whose text beheer has just approved. At start-up and every 2 s.
/// </summary>
public sealed class UitgaandeBerichtenVerzender(UitgaandeBerichten berichten, TimeProvider clock, ILogger<UitgaandeBerichtenVerzender> logger)
    : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(2);

    protected override Task<int> RoundAsync(CancellationToken ct) => berichten.BezorgWachtendeAsync(ct);
}
