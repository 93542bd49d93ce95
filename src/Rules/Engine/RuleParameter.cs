namespace Participatie.Rules.Engine;

/// <summary>A named input for a workflow.</summary>
public sealed record RuleParameter(string Name, object? Value);
