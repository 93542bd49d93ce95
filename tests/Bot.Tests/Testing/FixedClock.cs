namespace Participatie.Bot.Tests.Testing;

/// <summary>A clock that stands still until a test moves it.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>Saturday 21 November 2026, 10:00 in Amsterdam.</summary>
    public static DateTimeOffset Default { get; } = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = now;

    public FixedClock()
        : this(Default)
    {
    }

    public override DateTimeOffset GetUtcNow() => Now;
}
