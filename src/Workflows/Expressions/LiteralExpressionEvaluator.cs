using System.Text.Json.Nodes;

namespace Participatie.Workflows.Expressions;

/// <summary><c>Literal</c>: the value itself.</summary>
public sealed class LiteralExpressionEvaluator : IExpressionEvaluator
{
    public string ExpressionType => "Literal";

    public IReadOnlyList<ExpressionDiagnostic> Validate(string source, ExpressionValidationContext context) => [];

    public ValueTask<JsonNode?> EvaluateAsync(string source, IExpressionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<JsonNode?>(JsonValue.Create(source));
}
