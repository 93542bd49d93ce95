namespace Participatie.Workflows.Expressions;

/// <summary>A compile error of an expression, located inside the expression text (1-based line and column).</summary>
public sealed record ExpressionDiagnostic(string Message, int? Line = null, int? Column = null);
