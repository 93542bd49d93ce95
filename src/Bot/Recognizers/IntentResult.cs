namespace Participatie.Bot.Recognizers;

/// <summary>The recognised intent, with the idea ("een buurtbarbecue organiseren") or reference number found in the text.</summary>
public sealed record IntentResult(Intent Intent, string? Idea = null, string? Reference = null);
