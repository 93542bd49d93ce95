using System.Linq.Expressions;
using Participatie.Rules.Binding;
using Participatie.Rules.Diagnostics;
using Participatie.Rules.Emit;
using Participatie.Rules.Syntax;

namespace Participatie.Rules.Compilation;

/// <summary>Text → Syntax → Binding for one expression, with diagnostics that carry the expression column.</summary>
internal static class ExpressionPipeline
{
    public sealed record Result(BoundExpression Bound, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyCollection<string> ImplicitInputs)
    {
        public bool HasErrors => Diagnostics.Any(d => d.IsError);
    }

    public static Result Bind(string? text, BinderOptions options, ExpressionLimits limits, bool predicate, TypeSymbol? target = null)
    {
        var tree = SyntaxTree.Parse(text ?? string.Empty, limits);
        var bag = new DiagnosticBag();
        bag.AddRange(tree.Diagnostics);
        var binder = new Binder(options, bag);
        BoundExpression bound;
        if (tree.Diagnostics.Any(d => d.Code is "RE0006" or "RE0007" or "RE0011"))
        {
            bound = new BoundError(tree.Root.Span);
        }
        else
        {
            bound = target is not null ? binder.BindAs(tree.Root, target) : predicate ? binder.BindPredicate(tree.Root) : binder.Bind(tree.Root);
            if (!bag.HasErrors)
            {
                LoopBudgetCheck.Run(bound, limits, bag);
            }
        }
        var diagnostics = bag.Select(d => d with { Column = d.Span.Start + 1 }).ToList();
        if (!diagnostics.Any(d => d.IsError) && bound.Type.IsError)
        {
            diagnostics.Add(new Diagnostic("RE0199", DiagnosticSeverity.Error, tree.Root.Span, "De expressie kan niet gelezen worden.") { Column = 1 });
        }
        return new Result(bound, diagnostics, binder.ImplicitInputs);
    }

    /// <summary>
    /// Like <see cref="CompileFrame{TResult}"/> but never throws: an internal failure (which would be a bug)
    /// becomes an error text so one rule fails instead of the whole workflow.
    /// </summary>
    public static FrameFunction<TResult>? TryCompileFrame<TResult>(BoundExpression bound, FrameCompilation context, out string? error)
    {
        try
        {
            error = null;
            return CompileFrame<TResult>(bound, context);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or InsufficientExecutionStackException or NotSupportedException)
        {
            error = "De expressie kon niet vertaald worden (interne fout van de regelcompiler): " + ex.Message;
            return null;
        }
    }

    /// <summary>What every delegate of one compiled workflow shares.</summary>
    /// <param name="allocateSlot">Gives a free frame slot; asked only once an expression has a loop, so loop-free workflows keep their frame small.</param>
    /// <param name="interpretFirst">Start loop-free expressions interpreted (see <see cref="FrameFunction{TResult}"/>).</param>
    public sealed class FrameCompilation(TimeProvider clock, LateBinder late, ExpressionLimits limits, Func<int> allocateSlot, bool interpretFirst = false)
    {
        private int? _budgetSlot;
        private readonly List<IDeferredCompilation> _deferred = [];

        public TimeProvider Clock { get; } = clock;

        public LateBinder Late { get; } = late;

        public ExpressionLimits Limits { get; } = limits;

        public bool InterpretFirst { get; } = interpretFirst;

        /// <summary>The expressions that started interpreted, to be compiled together later.</summary>
        public IReadOnlyList<IDeferredCompilation> Deferred => _deferred;

        /// <summary>The frame slot for the evaluation's <see cref="EvaluationBudget"/>, or null when no expression has a loop.</summary>
        public int? UsedBudgetSlot => _budgetSlot;

        public int BudgetSlot => _budgetSlot ??= allocateSlot();

        internal void Defer(IDeferredCompilation function) => _deferred.Add(function);
    }

    /// <summary>Emits <c>Func&lt;object?[], TResult&gt;</c> reading parameters (and the budget) from a frame array by slot, and compiles or interprets it.</summary>
    public static FrameFunction<TResult> CompileFrame<TResult>(BoundExpression bound, FrameCompilation context)
    {
        var frame = Expression.Parameter(typeof(object[]), "frame");
        var emitter = new Emitter(
            p => FromObject(Expression.ArrayIndex(frame, Expression.Constant(p.Slot)), p.Type.ClrType),
            context.Clock,
            context.Late,
            context.Limits.MaxStringLength);
        var body = emitter.EmitRoot(bound, () => Expression.Convert(Expression.ArrayIndex(frame, Expression.Constant(context.BudgetSlot)), typeof(EvaluationBudget)));
        if (body.Type != typeof(TResult))
        {
            body = Expression.Convert(body, typeof(TResult));
        }
        var function = new FrameFunction<TResult>(Expression.Lambda<Func<object?[], TResult>>(body, frame), context.InterpretFirst && !emitter.UsesBudget);
        if (function.IsDeferred)
        {
            context.Defer(function);
        }
        return function;
    }

    public static Expression FromObject(Expression value, Type target) =>
        target == typeof(object) ? value : Expression.Convert(value, target);
}
