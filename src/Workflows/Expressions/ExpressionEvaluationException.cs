namespace Participatie.Workflows.Expressions;

/// <summary>An expression failed while running (the activity faults with this message).</summary>
public sealed class ExpressionEvaluationException(string message, Exception? inner = null) : Exception(message, inner);
