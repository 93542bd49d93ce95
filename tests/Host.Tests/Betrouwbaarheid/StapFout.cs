using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Features.Werkstromen;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Betrouwbaarheid;

/// <summary>
/// A crash simulated inside a step's transaction: armed with an effect index, it throws once — after the workflow's
/// state was written and before that effect (or before the commit, for index = number of effects).
/// </summary>
public sealed class StapFout : IStepFaultInjector
{
    private int? bijEffect;
    private string? instantieBegin;

    public int Gevuurd { get; private set; }

    public void Wapen(int effect, string instantieBegin)
    {
        bijEffect = effect;
        this.instantieBegin = instantieBegin;
    }

    public void Ontwapen() => bijEffect = null;

    public ValueTask BeforeEffectAsync(string instanceId, int effectIndex, CancellationToken cancellationToken)
    {
        if (bijEffect == effectIndex && instanceId.StartsWith(instantieBegin ?? "", StringComparison.Ordinal))
        {
            bijEffect = null;
            Gevuurd++;
            throw new SimulatedCrashException($"Gesimuleerde crash vóór effect {effectIndex} van {instanceId}");
        }

        return ValueTask.CompletedTask;
    }
}

public sealed class SimulatedCrashException(string message) : Exception(message);

/// <summary>The real host with a <see cref="StapFout"/> in its workflow store.</summary>
public sealed class StapFoutFactory : ParticipatieFactory
{
    public StapFoutFactory()
    {
    }

    /// <param name="clock">The host's clock, for tests that move time on.</param>
    public StapFoutFactory(TimeProvider clock)
        : base("Development", clock: clock)
    {
    }

    public StapFout Fout { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStepFaultInjector>(Fout));
    }
}
