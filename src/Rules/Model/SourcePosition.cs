namespace Participatie.Rules.Model;

/// <summary>A 1-based line and column in a rule set file.</summary>
public readonly record struct SourcePosition(int Line, int Column);
