namespace Participatie.Host.Tests.Infrastructure;

/// <summary>A clock the test moves by hand: deadlines, reminders and timers without sleeping.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
