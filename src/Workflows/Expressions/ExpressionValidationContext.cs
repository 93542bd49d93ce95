namespace Participatie.Workflows.Expressions;

/// <summary>What is known at validation time: the names an expression may refer to.</summary>
public sealed record ExpressionValidationContext(
    IReadOnlyCollection<string> VariableNames,
    IReadOnlyCollection<string> InputNames,
    Type TargetType);
