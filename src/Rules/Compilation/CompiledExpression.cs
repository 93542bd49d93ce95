using System.Linq.Expressions;
using Participatie.Rules.Diagnostics;

namespace Participatie.Rules.Compilation;

/// <summary>
/// The outcome of compiling one expression: diagnostics, and when there are no errors a typed
/// <see cref="LambdaExpression"/> (parameters in the order given) and a fast delegate taking the
/// argument values as an array.
/// </summary>
public sealed class CompiledExpression
{
    private readonly Func<object?[], object?>? _function;

    internal CompiledExpression(IReadOnlyList<Diagnostic> diagnostics, LambdaExpression? lambda, Func<object?[], object?>? function, Type? resultType)
    {
        Diagnostics = diagnostics;
        Lambda = lambda;
        _function = function;
        ResultType = resultType;
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool Success => _function is not null;

    /// <summary>The typed lambda, e.g. an <c>Expression&lt;Func&lt;Initiatief, bool&gt;&gt;</c>; null when there are errors.</summary>
    public LambdaExpression? Lambda { get; }

    /// <summary>The CLR type the expression produces (object for values of unknown type).</summary>
    public Type? ResultType { get; }

    /// <summary>Evaluates with arguments in parameter order. Errors in the data surface as <see cref="Emit.RuleRuntimeException"/> or the original exception.</summary>
    public object? Evaluate(params object?[] arguments)
    {
        if (_function is null)
        {
            throw new InvalidOperationException("De expressie bevat fouten en kan niet uitgevoerd worden: " + string.Join("; ", Diagnostics.Where(d => d.IsError)));
        }
        return _function(arguments);
    }

    /// <summary>Compiles <see cref="Lambda"/> to a typed delegate such as <c>Func&lt;Initiatief, bool&gt;</c>.</summary>
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
