namespace Participatie.Rules.Syntax;

/// <summary>
/// Size limits that keep expressions small enough to read, and budgets that keep their evaluation from
/// exhausting the server. Policy staff publish rules from a browser, so a careless or hostile expression
/// must hit one of these, never run for minutes or fill the memory.
/// </summary>
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

    /// <summary>
    /// Time one evaluation may take: one rule set on one input set (<c>ExecuteAllRules</c>, <c>ExecuteActionWorkflow</c>),
    /// or one call of a compiled expression. Measured with <see cref="System.Diagnostics.Stopwatch"/> timestamps (not the
    /// clock, which may jump) and checked every few hundred loop steps, so code without loops pays nothing for it.
    /// </summary>
    public TimeSpan MaxEvaluationTime { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Loop steps one evaluation may take: every call of a lambda (<c>x =&gt; …</c> in Where, Sum, Select, …),
    /// every element SelectMany produces and every element copied into a new list. Shared by all rules and
    /// parameters of one evaluation.
    /// </summary>
    public long MaxLoopSteps { get; init; } = 1_000_000;

    /// <summary>Maximum length of a string an expression builds (concatenation, Replace, string.Join, string.Concat).</summary>
    public int MaxStringLength { get; init; } = 100_000;

    /// <summary>Maximum number of elements in a list an expression builds (ToList, ToArray, Distinct, Reverse, OrderBy).</summary>
    public int MaxCollectionSize { get; init; } = 100_000;

    /// <summary>
    /// Maximum number of loops inside each other, refused before the rule runs: each level multiplies the work
    /// by the length of a list, so five levels over lists of 10 are already 100,000 steps.
    /// </summary>
    public int MaxLoopNesting { get; init; } = 4;
}
