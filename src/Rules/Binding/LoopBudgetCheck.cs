using Participatie.Rules.Diagnostics;
using Participatie.Rules.Emit;
using Participatie.Rules.Syntax;

namespace Participatie.Rules.Binding;

/// <summary>
/// Refuses, before a rule runs, loops whose cost is visible in the expression itself: loops nested deeper than
/// <see cref="ExpressionLimits.MaxLoopNesting"/> (each level multiplies the work by a list's length), and loops
/// whose fixed counts (Range/Repeat with constants, lists with fixed elements) alone exceed
/// <see cref="ExpressionLimits.MaxLoopSteps"/>. Everything else is left to the budget at run time.
/// </summary>
/// <remarks>
/// Each count is kept as a fixed factor times an unknown list length to some power: <c>a.Sum(x =&gt; b.Count(y =&gt; …))</c>
/// runs its inner lambda 1·n² times, <c>new [] {1, 2, 3}.Select(…)</c> 3·n⁰. A chain (Where then Select) adds
/// no level; SelectMany multiplies the sizes, because it yields an inner list per element.
/// </remarks>
internal sealed class LoopBudgetCheck
{
    private readonly ExpressionLimits _limits;
    private readonly DiagnosticBag _diagnostics;
    private bool _reported;

    private LoopBudgetCheck(ExpressionLimits limits, DiagnosticBag diagnostics)
    {
        _limits = limits;
        _diagnostics = diagnostics;
    }

    public static void Run(BoundExpression root, ExpressionLimits limits, DiagnosticBag diagnostics) =>
        new LoopBudgetCheck(limits, diagnostics).Walk(root, Repeats.One);

    /// <summary>How many times something happens: <see cref="Factor"/> × n^<see cref="Degree"/> for lists of unknown length n.</summary>
    private readonly record struct Repeats(double Factor, int Degree)
    {
        public static Repeats One { get; } = new(1, 0);

        public static Repeats UnknownLength { get; } = new(1, 1);

        public Repeats Times(Repeats other) => new(Factor * other.Factor, Degree + other.Degree);

        public Repeats AtMost(Repeats other) =>
            Degree != other.Degree ? (Degree < other.Degree ? this : other) : (Factor <= other.Factor ? this : other);
    }

    /// <summary>LINQ operators that look at every element without a lambda; the others (Count, Any, First, Take, …) are cheap on lists.</summary>
    private static readonly HashSet<string> ScanningOperators = new(StringComparer.Ordinal)
    {
        "Sum", "Min", "Max", "Average", "Contains", "Distinct", "ToList", "ToArray", "Reverse",
    };

    /// <summary>Walks <paramref name="node"/>, which runs <paramref name="runs"/> times; returns the length of the list it yields, or null.</summary>
    private Repeats? Walk(BoundExpression node, Repeats runs)
    {
        switch (node)
        {
            case BoundCall { Instance: null } call when call.Method.DeclaringType == typeof(Enumerable) && call.Arguments.Count > 0:
                return WalkLinq(call, runs);
            case BoundArrayCreation array:
                foreach (var element in array.Elements)
                {
                    Walk(element, runs);
                }
                return new Repeats(array.Elements.Count, 0);
            case BoundLateSequence sequence:
                return Walk(sequence.Operand, runs) ?? Repeats.UnknownLength;
            case BoundConversion conversion:
            {
                var length = Walk(conversion.Operand, runs);
                return length ?? LengthOfType(node.Type);
            }
            case BoundConditional conditional:
            {
                Walk(conditional.Condition, runs);
                var whenTrue = Walk(conditional.WhenTrue, runs);
                var whenFalse = Walk(conditional.WhenFalse, runs);
                return whenTrue is { } t && whenFalse is { } f ? (t.AtMost(f) == t ? f : t) : whenTrue ?? whenFalse;
            }
        }
        foreach (var child in Children(node))
        {
            Walk(child, runs);
        }
        return LengthOfType(node.Type);
    }

    private Repeats? WalkLinq(BoundCall call, Repeats runs)
    {
        var name = call.Method.Name;
        if (name is "Range" or "Repeat")
        {
            // Enumerable.Range(start, count) / Repeat(element, count): only reachable when a host registers Enumerable as a custom type
            foreach (var argument in call.Arguments)
            {
                Walk(argument, runs);
            }
            return call.Arguments.Count == 2 && Constant(call.Arguments[1]) is { } fixedCount ? new Repeats(Math.Max(fixedCount, 0), 0) : Repeats.UnknownLength;
        }
        var sourceLength = Walk(call.Arguments[0], runs) ?? Repeats.UnknownLength;
        var perElement = runs.Times(sourceLength);
        var hasLambda = call.Arguments.Any(a => a is BoundLambda);
        if (hasLambda || ScanningOperators.Contains(name))
        {
            Report(perElement, call);
        }
        Repeats? resultLength = null;
        for (var i = 1; i < call.Arguments.Count; i++)
        {
            if (call.Arguments[i] is BoundLambda lambda)
            {
                var innerLength = Walk(lambda.Body, perElement);
                if (name == "SelectMany")
                {
                    var inner = innerLength ?? Repeats.UnknownLength;
                    Report(perElement.Times(inner), call);
                    resultLength = sourceLength.Times(inner);
                }
            }
            else
            {
                Walk(call.Arguments[i], runs);
            }
        }
        return name switch
        {
            "SelectMany" => resultLength,
            "Take" when Constant(call.Arguments[1]) is { } taken => sourceLength.AtMost(new Repeats(Math.Max(taken, 0), 0)),
            "Where" or "Select" or "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" or "Distinct" or "ToList" or "ToArray"
                or "Reverse" or "Skip" or "Take" => sourceLength,
            _ => LengthOfType(call.Type),
        };
    }

    private void Report(Repeats steps, BoundCall call)
    {
        if (_reported)
        {
            return;
        }
        if (steps.Degree > _limits.MaxLoopNesting)
        {
            _reported = true;
            var example = Math.Pow(10, steps.Degree);
            _diagnostics.ReportLoopsTooDeep(call.Span, steps.Degree, _limits.MaxLoopNesting,
                example >= long.MaxValue ? $"10^{steps.Degree}" : EvaluationBudget.Number((long)example));
        }
        else if (steps.Factor > _limits.MaxLoopSteps)
        {
            _reported = true;
            _diagnostics.ReportTooManyLoopSteps(call.Span,
                steps.Factor >= long.MaxValue ? steps.Factor.ToString("E2", System.Globalization.CultureInfo.InvariantCulture) : EvaluationBudget.Number((long)steps.Factor),
                EvaluationBudget.Number(_limits.MaxLoopSteps));
        }
    }

    private static long? Constant(BoundExpression node) => node switch
    {
        BoundLiteral { Value: int i } => i,
        BoundLiteral { Value: long l } => l,
        BoundConversion conversion => Constant(conversion.Operand),
        _ => null,
    };

    /// <summary>A value of a list type (an input, a field) has an unknown length; strings and records are not lists here.</summary>
    private static Repeats? LengthOfType(TypeSymbol type) => type switch
    {
        RecordArrayTypeSymbol or SequenceTypeSymbol => Repeats.UnknownLength,
        ClrTypeSymbol clr when clr.Type != typeof(string) && !typeof(Data.DataObject).IsAssignableFrom(clr.Type)
            && typeof(System.Collections.IEnumerable).IsAssignableFrom(clr.Type) => Repeats.UnknownLength,
        _ => null,
    };

    private static IEnumerable<BoundExpression> Children(BoundExpression node)
    {
        switch (node)
        {
            case BoundMemberAccess { Instance: { } instance }:
                yield return instance;
                break;
            case BoundRecordMember member:
                yield return member.Instance;
                break;
            case BoundLateMember member:
                yield return member.Instance;
                break;
            case BoundNullConditional conditional:
                yield return conditional.Receiver;
                yield return conditional.Access;
                break;
            case BoundCall call:
                if (call.Instance is not null)
                {
                    yield return call.Instance;
                }
                foreach (var argument in call.Arguments)
                {
                    yield return argument;
                }
                break;
            case BoundLateCall call:
                yield return call.Instance;
                foreach (var argument in call.Arguments)
                {
                    yield return argument;
                }
                break;
            case BoundIndex index:
                yield return index.Instance;
                foreach (var argument in index.Arguments)
                {
                    yield return argument;
                }
                break;
            case BoundLateIndex index:
                yield return index.Instance;
                yield return index.Index;
                break;
            case BoundUnary unary:
                yield return unary.Operand;
                break;
            case BoundBinary binary:
                yield return binary.Left;
                yield return binary.Right;
                break;
            case BoundLateBinary binary:
                yield return binary.Left;
                yield return binary.Right;
                break;
            case BoundLambda lambda:
                yield return lambda.Body;
                break;
            case BoundRecordCreation record:
                foreach (var value in record.Values)
                {
                    yield return value;
                }
                break;
        }
    }
}
