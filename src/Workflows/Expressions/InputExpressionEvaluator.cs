using System.Text.Json.Nodes;

namespace Participatie.Workflows.Expressions;

/// <summary><c>Input</c>: the value is the name of a workflow input.</summary>
public sealed class InputExpressionEvaluator : IExpressionEvaluator
{
    public string ExpressionType => "Input";

    public IReadOnlyList<ExpressionDiagnostic> Validate(string source, ExpressionValidationContext context) =>
        context.InputNames.Contains(source) ? [] : [new ExpressionDiagnostic($"Unknown workflow input '{source}'.")];

    public ValueTask<JsonNode?> EvaluateAsync(string source, IExpressionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.GetInput(source)?.DeepClone());
}
