namespace Participatie.Bot.Runtime;

/// <summary>The two languages the bot speaks: Dutch (default) and English.</summary>
public static class BotLocale
{
    public const string Dutch = "nl-NL";
    public const string English = "en-US";

    /// <summary>Maps a client locale ("en", "en-GB", "nl-BE", …) to <see cref="Dutch"/> or <see cref="English"/>; null when absent.</summary>
    public static string? Resolve(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        return IsEnglish(locale) ? English : Dutch;
    }

    public static bool IsEnglish(string? locale) =>
        locale is not null && locale.TrimStart().StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>"nl" or "en": the language code passed to the domain services.</summary>
    public static string Language(string locale) => IsEnglish(locale) ? "en" : "nl";
}
