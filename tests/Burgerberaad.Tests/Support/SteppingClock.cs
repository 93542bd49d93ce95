namespace Participatie.Burgerberaad.Tests.Support;

/// <summary>A clock that stands still for the first <paramref name="stillReadings"/> readings, then jumps an hour per reading.</summary>
public sealed class SteppingClock(int stillReadings) : TimeProvider
{
    private static readonly DateTimeOffset Start = new(2029, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private int _readings;

    public int Readings => _readings;

    public override DateTimeOffset GetUtcNow()
    {
        var reading = ++_readings;
        return reading <= stillReadings ? Start : Start + TimeSpan.FromHours(reading - stillReadings);
    }
}
