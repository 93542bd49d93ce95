namespace Participatie.Rules.Syntax;

/// <summary>Size limits that keep expressions small enough to read and impossible to abuse.</summary>
public sealed record ExpressionLimits
{
    public static ExpressionLimits Default { get; } = new();

    /// <summary>Maximum number of characters in one expression.</summary>
    public int MaxExpressionLength { get; init; } = 8_000;

    /// <summary>Maximum nesting of parentheses, calls and lambdas.</summary>
    public int MaxNestingDepth { get; init; } = 48;

    /// <summary>Maximum number of syntax nodes in one expression.</summary>
    public int MaxNodes { get; init; } = 2_000;

    /// <summary>Maximum depth of EvaluateRule actions calling other rules (stops endless chains).</summary>
    public int MaxActionDepth { get; init; } = 8;
}
