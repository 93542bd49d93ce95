namespace Participatie.Rules.Model;

/// <summary>One rule of a workflow: a leaf with an <see cref="Expression"/> or a nest of <see cref="Rules"/> joined by <see cref="Operator"/>.</summary>
public sealed record Rule
{
    public string RuleName { get; init; } = string.Empty;

    /// <summary><c>And</c>, <c>AndAlso</c>, <c>Or</c> or <c>OrElse</c> for nested rules.</summary>
    public string? Operator { get; init; }

    public string? ErrorMessage { get; init; }

    public string? SuccessEvent { get; init; }

    public bool Enabled { get; init; } = true;

    /// <summary>Only <c>LambdaExpression</c> (or 0) exists.</summary>
    public string? RuleExpressionType { get; init; }

    public string? Expression { get; init; }

    public IReadOnlyList<Rule>? Rules { get; init; }

    public IReadOnlyList<ScopedParam>? LocalParams { get; init; }

    public RuleActions? Actions { get; init; }

    public IReadOnlyDictionary<string, object?>? Properties { get; init; }

    /// <summary>Where the rule object starts in the file.</summary>
    public SourcePosition? Position { get; init; }

    /// <summary>Where the expression text starts in the file.</summary>
    public SourcePosition? ExpressionPosition { get; init; }
}
