using System.Text.Json.Nodes;

namespace Participatie.Workflows.Expressions;

/// <summary>
/// Evaluates one expression type. The engine ships Literal, Object/Json, Variable, Input and JavaScript; the Host
/// registers <c>CSharp</c> backed by the src/Rules compiler.
/// </summary>
public interface IExpressionEvaluator
{
    /// <summary>The expression type this evaluator handles, e.g. "CSharp" (case-insensitive).</summary>
    string ExpressionType { get; }

    /// <summary>Compiles without running; returns located errors (empty when fine). Called at import/validation.</summary>
    IReadOnlyList<ExpressionDiagnostic> Validate(string source, ExpressionValidationContext context);

    /// <summary>Evaluates the expression. The result is JSON; the engine converts it to the input's type.</summary>
    ValueTask<JsonNode?> EvaluateAsync(string source, IExpressionContext context, CancellationToken cancellationToken);
}
