using System.Linq.Expressions;
using Participatie.Rules.Diagnostics;
using Participatie.Rules.Emit;
using Participatie.Rules.Syntax;

namespace Participatie.Rules.Compilation;

/// <summary>
/// The outcome of compiling one expression: diagnostics, and when there are no errors a typed
/// <see cref="LambdaExpression"/> (parameters in the order given) and a fast delegate taking the
/// argument values as an array.
/// </summary>
public sealed class CompiledExpression
{
    private readonly Func<object?[], EvaluationBudget?, object?>? _function;
    private readonly ExpressionLimits? _budgetLimits;

    /// <param name="budgetLimits">The limits of the budget each evaluation gets, or null when the expression has no loop to count.</param>
    internal CompiledExpression(IReadOnlyList<Diagnostic> diagnostics, LambdaExpression? lambda, Func<object?[], EvaluationBudget?, object?>? function, Type? resultType,
        ExpressionLimits? budgetLimits = null)
    {
        Diagnostics = diagnostics;
        Lambda = lambda;
        _function = function;
        ResultType = resultType;
        _budgetLimits = budgetLimits;
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool Success => _function is not null;

    /// <summary>The typed lambda, e.g. an <c>Expression&lt;Func&lt;Initiatief, bool&gt;&gt;</c>; null when there are errors.</summary>
    public LambdaExpression? Lambda { get; }

    /// <summary>The CLR type the expression produces (object for values of unknown type).</summary>
    public Type? ResultType { get; }

    /// <summary>
    /// Evaluates with arguments in parameter order. Errors in the data surface as <see cref="Emit.RuleRuntimeException"/> or the original
    /// exception; so does a breach of a budget in <see cref="ExpressionLimits"/> (each call has its own budget).
    /// </summary>
    public object? Evaluate(params object?[] arguments)
    {
        if (_function is null)
        {
            throw new InvalidOperationException("De expressie bevat fouten en kan niet uitgevoerd worden: " + string.Join("; ", Diagnostics.Where(d => d.IsError)));
        }
        var budget = _budgetLimits is null ? null : new EvaluationBudget(_budgetLimits);
        var value = _function(arguments, budget);
        budget?.Release();
        return value;
    }

    /// <summary>
    /// Compiles <see cref="Lambda"/> to a typed delegate such as <c>Func&lt;Initiatief, bool&gt;</c>. Each call has its own budget; a lazy
    /// list it returns must be read within <see cref="ExpressionLimits.MaxEvaluationTime"/> of the call.
    /// </summary>
    public TDelegate CreateDelegate<TDelegate>() where TDelegate : Delegate
    {
        if (Lambda is null)
        {
            throw new InvalidOperationException("De expressie bevat fouten.");
        }
        var typed = Expression.Lambda<TDelegate>(Lambda.Body, Lambda.Parameters);
        return typed.Compile();
    }
}
