using System.Text.Json.Nodes;

namespace Participatie.Workflows.Expressions;

/// <summary><c>Variable</c>: the value is a variable name.</summary>
public sealed class VariableExpressionEvaluator : IExpressionEvaluator
{
    public string ExpressionType => "Variable";

    public IReadOnlyList<ExpressionDiagnostic> Validate(string source, ExpressionValidationContext context) =>
        context.VariableNames.Contains(source) ? [] : [new ExpressionDiagnostic($"Unknown variable '{source}'.")];

    public ValueTask<JsonNode?> EvaluateAsync(string source, IExpressionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.GetVariable(source)?.DeepClone());
}
