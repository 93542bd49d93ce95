namespace Participatie.Host.Tests.Infrastructure;

/// <summary>A clock that stands still, for deterministic dates.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
