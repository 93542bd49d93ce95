using Participatie.Bot.Schema;

namespace Participatie.Bot.Runtime;

/// <summary>Settings of the bot runtime.</summary>
public sealed class BotOptions
{
    /// <summary>Used as the sender of replies when the incoming activity has no recipient.</summary>
    public ChannelAccount BotAccount { get; init; } = new("participatie-bot", "Participatie", "bot");

    /// <summary>Locale when the client sends none: Dutch.</summary>
    public string DefaultLocale { get; init; } = "nl-NL";

    /// <summary>Longer user messages are cut to this many characters before any dialog sees them.</summary>
    public int MaxInputLength { get; init; } = 2000;

    /// <summary>Time zone for "today", "tomorrow" and the like.</summary>
    public TimeZoneInfo TimeZone { get; init; } = FindAmsterdam();

    private static TimeZoneInfo FindAmsterdam()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
        catch (InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
