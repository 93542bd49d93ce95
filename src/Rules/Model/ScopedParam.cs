namespace Participatie.Rules.Model;

/// <summary>A named value computed once (GlobalParams) or per rule (LocalParams) and usable by later expressions.</summary>
public sealed record ScopedParam
{
    public string Name { get; init; } = string.Empty;

    public string Expression { get; init; } = string.Empty;

    /// <summary>Where the expression text starts in the file, when loaded from a file.</summary>
    public SourcePosition? ExpressionPosition { get; init; }
}
