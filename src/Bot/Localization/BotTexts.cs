using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Participatie.Bot.Runtime;

namespace Participatie.Bot.Localization;

/// <summary>
/// The catalogue of everything the bot says, one JSON file per language (<c>Localization/nl.json</c>,
/// <c>Localization/en.json</c>, embedded in the assembly), keyed by the constants in <see cref="TextKeys"/>.
/// Placeholders are <c>{0}</c>, <c>{1}</c>, … formatted with the language's culture.
/// </summary>
public sealed class BotTexts
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private readonly FrozenDictionary<string, string> _nl;
    private readonly FrozenDictionary<string, string> _en;

    public BotTexts(IReadOnlyDictionary<string, string> dutch, IReadOnlyDictionary<string, string> english)
    {
        _nl = dutch.ToFrozenDictionary(StringComparer.Ordinal);
        _en = english.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The catalogue embedded in this assembly.</summary>
    public static BotTexts Default { get; } = new(Load("nl"), Load("en"));

    public IReadOnlyCollection<string> DutchKeys => _nl.Keys;

    public IReadOnlyCollection<string> EnglishKeys => _en.Keys;

    /// <summary>The text for <paramref name="key"/> in the locale's language; Dutch when English lacks it; the key itself when both lack it.</summary>
    public string Get(string locale, string key)
    {
        var table = BotLocale.IsEnglish(locale) ? _en : _nl;
        if (table.TryGetValue(key, out var text) || _nl.TryGetValue(key, out text))
        {
            return text;
        }

        return key;
    }

    /// <summary>The text with its placeholders filled in, formatted in the locale's culture.</summary>
    public string Format(string locale, string key, params object?[] args) =>
        string.Format(Culture(locale), Get(locale, key), args);

    public static CultureInfo Culture(string locale) => BotLocale.IsEnglish(locale) ? English : Dutch;

    private static Dictionary<string, string> Load(string language)
    {
        var name = $"Participatie.Bot.Localization.{language}.json";
        using var stream = typeof(BotTexts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded text catalogue '{name}' is missing.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    }
}
