using System.Diagnostics;
using System.Globalization;
using Participatie.Rules.Syntax;

namespace Participatie.Rules.Emit;

/// <summary>
/// The loop steps and time left to one evaluation. Emitted code calls <see cref="Step"/> at the start of
/// every lambda and for every element it generates or copies; the hot path is one increment and one
/// compare, the clock is read only every <see cref="TimeCheckInterval"/> steps.
/// </summary>
internal sealed class EvaluationBudget
{
    /// <summary>Steps between two clock reads: a timestamp costs ≈ 20 ns, so this keeps it below 0.1 ns per step.</summary>
    private const int TimeCheckInterval = 256;

    private readonly ExpressionLimits _limits;
    private long _deadline;
    private long _steps;
    private long _nextCheck;

    public EvaluationBudget(ExpressionLimits limits)
    {
        _limits = limits;
        var now = Stopwatch.GetTimestamp();
        // double: TimeSpan ticks times a nanosecond frequency overflows a long beyond about 15 minutes
        var allowed = (double)limits.MaxEvaluationTime.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
        _deadline = limits.MaxEvaluationTime < TimeSpan.Zero || allowed >= long.MaxValue - now ? long.MaxValue : now + (long)allowed;
        _nextCheck = Math.Min(TimeCheckInterval, SaturatingIncrement(limits.MaxLoopSteps));
    }

    public int MaxCollectionSize => _limits.MaxCollectionSize;

    /// <summary>Counts one loop step; <paramref name="column"/> (1-based, in the expression) locates the loop in the message.</summary>
    public void Step(int column)
    {
        if (++_steps >= _nextCheck)
        {
            CheckSlow(column);
        }
    }

    /// <summary>
    /// Ends the time budget: the evaluation is over. A lazy sequence the caller enumerates later (a parameter in
    /// <c>RuleResultTree.Inputs</c>, an output) still counts its steps, but is not failed for being read late.
    /// </summary>
    public void Release()
    {
        _deadline = long.MaxValue;
        _nextCheck = Math.Min(_steps + TimeCheckInterval, SaturatingIncrement(_limits.MaxLoopSteps));
    }

    private void CheckSlow(int column)
    {
        if (_steps > _limits.MaxLoopSteps)
        {
            throw new RuleRuntimeException(
                $"Rekenbudget overschreden: meer dan {Number(_limits.MaxLoopSteps)} lusstappen in één evaluatie (lus op kolom {Number(column)}). "
                + "Vereenvoudig de expressie of maak de lijsten kleiner.");
        }
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            // Every later step checks again, so the rules after this one fail at once instead of running another interval.
            _nextCheck = _steps;
            throw new RuleRuntimeException(
                $"Tijdbudget overschreden: de evaluatie duurde langer dan {Milliseconds(_limits.MaxEvaluationTime)} (lus op kolom {Number(column)}). "
                + "Vereenvoudig de expressie of maak de lijsten kleiner.");
        }
        _nextCheck = Math.Min(_steps + TimeCheckInterval, SaturatingIncrement(_limits.MaxLoopSteps));
    }

    /// <summary>Counts each element a SelectMany produces: one lambda call can yield a whole list, so lambda calls alone would miss it.</summary>
    public static IEnumerable<T> Expand<T>(IEnumerable<T> inner, EvaluationBudget budget, int column)
    {
        foreach (var item in inner)
        {
            budget.Step(column);
            yield return item;
        }
    }

    /// <summary>
    /// Feeds a list-building operator (ToList, ToArray, Distinct, Reverse, OrderBy) and stops it at
    /// <see cref="ExpressionLimits.MaxCollectionSize"/> elements, before the list takes the memory.
    /// </summary>
    public static IEnumerable<T> Collect<T>(IEnumerable<T> source, EvaluationBudget budget, int column)
    {
        // The operator itself would throw this for null, eagerly; keep that message.
        ArgumentNullException.ThrowIfNull(source);
        return CollectCore(source, budget, column);
    }

    private static IEnumerable<T> CollectCore<T>(IEnumerable<T> source, EvaluationBudget budget, int column)
    {
        var count = 0;
        var max = budget.MaxCollectionSize;
        foreach (var item in source)
        {
            budget.Step(column);
            if (++count > max)
            {
                throw new RuleRuntimeException(
                    $"Lijstbudget overschreden: de expressie maakt een lijst van meer dan {Number(max)} elementen (kolom {Number(column)}). "
                    + "Filter eerst (Where) of tel zonder een lijst te maken (Count, Sum).");
            }
            yield return item;
        }
    }

    private static long SaturatingIncrement(long value) => value == long.MaxValue ? value : value + 1;

    /// <summary>Dutch thousands separators (1.000.000) without depending on the nl culture being installed.</summary>
    internal static string Number(long value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    internal static string Milliseconds(TimeSpan time)
    {
        var milliseconds = time.TotalMilliseconds;
        return milliseconds % 1 == 0
            ? Number((long)milliseconds) + " ms"
            : milliseconds.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', ',') + " ms";
    }
}
