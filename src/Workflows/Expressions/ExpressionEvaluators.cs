using Participatie.Workflows.Expressions.JavaScript;

namespace Participatie.Workflows.Expressions;

/// <summary>The expression evaluators known to an engine, by expression type (case-insensitive).</summary>
public sealed class ExpressionEvaluators
{
    private readonly Dictionary<string, IExpressionEvaluator> _byType = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Literal, Object, Json, Variable, Input and JavaScript.</summary>
    public static ExpressionEvaluators CreateDefault()
    {
        var result = new ExpressionEvaluators();
        result.Add(new LiteralExpressionEvaluator());
        result.Add(new ObjectExpressionEvaluator("Object"));
        result.Add(new ObjectExpressionEvaluator("Json"));
        result.Add(new VariableExpressionEvaluator());
        result.Add(new InputExpressionEvaluator());
        result.Add(new JavaScriptExpressionEvaluator());
        return result;
    }

    /// <summary>Adds or replaces the evaluator of its expression type.</summary>
    public void Add(IExpressionEvaluator evaluator) => _byType[evaluator.ExpressionType] = evaluator;

    public IExpressionEvaluator? Find(string expressionType) => _byType.GetValueOrDefault(expressionType);

    public IReadOnlyCollection<string> Types => _byType.Keys;
}
