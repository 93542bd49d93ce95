namespace Participatie.Rules.Engine;

/// <summary>What a rule's action produced, or the exception it ended with.</summary>
public sealed record ActionResult(object? Output, Exception? Exception);
