using System.Globalization;
using Jint.Runtime;

namespace Participatie.Workflows.Expressions.JavaScript;

/// <summary>
/// JavaScript's <c>Date</c> on the engine's clock: <c>new Date()</c> and <c>Date.now()</c> read the
/// <see cref="TimeProvider"/> the engine was built with, so a workflow on a test or replayed clock sees that time.
/// Parsing and time-zone offsets stay Jint's, in the clock's local time zone (the server's, for the system clock).
/// </summary>
internal sealed class EngineClockTimeSystem(TimeProvider clock, CultureInfo culture) : ITimeSystem
{
    private readonly DefaultTimeSystem _calendar = new(clock.LocalTimeZone, culture);

    public DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public TimeZoneInfo DefaultTimeZone => _calendar.DefaultTimeZone;

    public bool TryParse(string date, out long epochMilliseconds) => _calendar.TryParse(date, out epochMilliseconds);

    public TimeSpan GetUtcOffset(long epochMilliseconds) => _calendar.GetUtcOffset(epochMilliseconds);
}
