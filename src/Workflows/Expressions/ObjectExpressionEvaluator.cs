using System.Text.Json;
using System.Text.Json.Nodes;

namespace Participatie.Workflows.Expressions;

/// <summary><c>Object</c> / <c>Json</c>: the value is JSON text.</summary>
public sealed class ObjectExpressionEvaluator(string expressionType) : IExpressionEvaluator
{
    public string ExpressionType { get; } = expressionType;

    public IReadOnlyList<ExpressionDiagnostic> Validate(string source, ExpressionValidationContext context)
    {
        if (string.IsNullOrWhiteSpace(source)) return [];
        try
        {
            JsonNode.Parse(source);
            return [];
        }
        catch (JsonException ex)
        {
            return [new ExpressionDiagnostic($"Invalid JSON: {ex.Message.Split(" Path:")[0]}", (int?)(ex.LineNumber + 1), (int?)(ex.BytePositionInLine + 1))];
        }
    }

    public ValueTask<JsonNode?> EvaluateAsync(string source, IExpressionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(string.IsNullOrWhiteSpace(source) ? null : JsonNode.Parse(source));
}
