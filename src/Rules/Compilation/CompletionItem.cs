namespace Participatie.Rules.Compilation;

/// <summary>A suggestion for the rules editor: a name that can be typed at the cursor.</summary>
public sealed record CompletionItem(string Label, CompletionKind Kind, string Detail);
