namespace Participatie.Bot.Recognizers;

/// <summary>A recognised choice: its value, its position in the list, and how sure the match is (0–1).</summary>
public sealed record FoundChoice(string Value, int Index, double Score);
