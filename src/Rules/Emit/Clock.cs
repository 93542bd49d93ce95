namespace Participatie.Rules.Emit;

/// <summary>Reads <c>DateTime.Now</c> and friends from the configured <see cref="TimeProvider"/>, so rules can be tested at a fixed time.</summary>
internal static class Clock
{
    public static DateTime Now(TimeProvider provider) => provider.GetLocalNow().DateTime;

    public static DateTime UtcNow(TimeProvider provider) => provider.GetUtcNow().UtcDateTime;

    public static DateTime Today(TimeProvider provider) => provider.GetLocalNow().Date;
}
