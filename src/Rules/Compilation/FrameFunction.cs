using System.Linq.Expressions;

namespace Participatie.Rules.Compilation;

/// <summary>Something compiled later than it was built: the delegates of a workflow that start out interpreted.</summary>
internal interface IDeferredCompilation
{
    /// <summary>Compiles to IL now (once; later calls do nothing).</summary>
    void Compile();
}

/// <summary>
/// A compiled expression over a frame of slots. A loop-free expression may start out interpreted: building an
/// interpreter is some twenty times cheaper than compiling to IL, and a loop-free expression runs once per evaluation
/// anyway, so loading a rule set and running it the first time costs a fraction. The workflow compiles all its
/// expressions after a few evaluations (<see cref="Engine.RuleSettings.InterpretFirstEvaluations"/>), so bulk runs get
/// compiled code. Expressions with loops are compiled at once: interpreted loops could spend the time budget.
/// </summary>
internal sealed class FrameFunction<TResult> : IDeferredCompilation
{
    private Expression<Func<object?[], TResult>>? _pending;

    public FrameFunction(Expression<Func<object?[], TResult>> lambda, bool interpretFirst)
    {
        if (interpretFirst)
        {
            _pending = lambda;
            Invoke = lambda.Compile(preferInterpretation: true);
        }
        else
        {
            Invoke = lambda.Compile();
        }
    }

    /// <summary>Whether this expression still runs interpreted.</summary>
    public bool IsDeferred => _pending is not null;

    /// <summary>The current delegate: interpreted until <see cref="Compile"/>, then compiled (swapped in as one reference write).</summary>
    public Func<object?[], TResult> Invoke { get; private set; }

    public void Compile()
    {
        if (Interlocked.Exchange(ref _pending, null) is { } lambda)
        {
            Invoke = lambda.Compile();
        }
    }
}
