namespace Participatie.Bot.Recognizers;

/// <summary>An option the user can pick: its stable value, the button title, and words that also mean it.</summary>
public sealed record Choice(string Value, string Title, IReadOnlyList<string>? Synonyms = null);
