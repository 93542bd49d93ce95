using System.Globalization;
using System.Reflection;
using System.Text;

namespace Participatie.Rules.Emit;

/// <summary>
/// Guarded versions of the whitelisted string functions that can make a string longer than their input
/// (concatenation, <c>string.Concat</c>, <c>string.Join</c>, <c>Replace</c>). Each computes the length of the
/// result before building it, so a doubling chain stops at <see cref="Syntax.ExpressionLimits.MaxStringLength"/>
/// instead of allocating a hundred million characters. Each has the signature of the original (the receiver
/// first for instance methods) plus the limit and the expression column. Other string functions cannot grow a
/// string (Substring, Trim, ToUpper, …) or are not on the whitelist (PadLeft, Insert, new string('x', n)).
/// </summary>
internal static class StringBudget
{
    private static readonly Dictionary<MethodInfo, MethodInfo> Guards = FindGuards();

    /// <summary>The guarded replacement of a string method, or null if it cannot grow a string.</summary>
    public static MethodInfo? GuardFor(MethodInfo method) => Guards.GetValueOrDefault(method);

    private static Dictionary<MethodInfo, MethodInfo> FindGuards()
    {
        var guards = new Dictionary<MethodInfo, MethodInfo>();
        foreach (var guard in typeof(StringBudget).GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            if (guard.Name is not (nameof(string.Concat) or nameof(string.Join) or nameof(string.Replace)))
            {
                continue;
            }
            var parameters = guard.GetParameters().Select(p => p.ParameterType).ToArray()[..^2];
            var original = guard.Name == nameof(string.Replace)
                ? typeof(string).GetMethod(guard.Name, BindingFlags.Public | BindingFlags.Instance, parameters[1..])
                : typeof(string).GetMethod(guard.Name, BindingFlags.Public | BindingFlags.Static, parameters);
            guards.Add(original ?? throw new InvalidOperationException($"string.{guard.Name} with these parameters does not exist."), guard);
        }
        return guards;
    }

    // ------------------------------------------------------------------ concatenation

    /// <summary>The <c>+</c> and <c>&amp;</c> operators on strings (string.Concat(object, object)).</summary>
    public static string Concat(object? arg0, object? arg1, int maxLength, int column) =>
        Concat(arg0?.ToString(), arg1?.ToString(), maxLength, column);

    public static string Concat(object? arg0, object? arg1, object? arg2, int maxLength, int column) =>
        Concat(arg0?.ToString(), arg1?.ToString(), arg2?.ToString(), maxLength, column);

    public static string Concat(string? str0, string? str1, int maxLength, int column)
    {
        Ensure((long)(str0?.Length ?? 0) + (str1?.Length ?? 0), maxLength, column);
        return string.Concat(str0, str1);
    }

    public static string Concat(string? str0, string? str1, string? str2, int maxLength, int column)
    {
        Ensure((long)(str0?.Length ?? 0) + (str1?.Length ?? 0) + (str2?.Length ?? 0), maxLength, column);
        return string.Concat(str0, str1, str2);
    }

    public static string Concat(string? str0, string? str1, string? str2, string? str3, int maxLength, int column)
    {
        Ensure((long)(str0?.Length ?? 0) + (str1?.Length ?? 0) + (str2?.Length ?? 0) + (str3?.Length ?? 0), maxLength, column);
        return string.Concat(str0, str1, str2, str3);
    }

    public static string Concat(object? arg0, int maxLength, int column)
    {
        var text = arg0?.ToString() ?? string.Empty;
        Ensure(text.Length, maxLength, column);
        return text;
    }

    public static string Concat(object?[] args, int maxLength, int column)
    {
        ArgumentNullException.ThrowIfNull(args);
        return Build(null, args.Select(a => a?.ToString()), maxLength, column);
    }

    public static string Concat(string?[] values, int maxLength, int column)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Build(null, values, maxLength, column);
    }

    public static string Concat(IEnumerable<string?> values, int maxLength, int column)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Build(null, values, maxLength, column);
    }

    // ------------------------------------------------------------------ join

    public static string Join(string? separator, IEnumerable<string?> values, int maxLength, int column)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Build(separator, values, maxLength, column);
    }

    public static string Join(string? separator, string?[] value, int maxLength, int column)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Build(separator, value, maxLength, column);
    }

    public static string Join(string? separator, object?[] values, int maxLength, int column)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Build(separator, values.Select(v => v?.ToString()), maxLength, column);
    }

    public static string Join(string? separator, string?[] value, int startIndex, int count, int maxLength, int column)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Build(separator, new ArraySegment<string?>(value, startIndex, count), maxLength, column);
    }

    public static string Join(char separator, string?[] value, int maxLength, int column) =>
        Join(separator.ToString(), value, maxLength, column);

    public static string Join(char separator, object?[] values, int maxLength, int column) =>
        Join(separator.ToString(), values, maxLength, column);

    public static string Join(char separator, string?[] value, int startIndex, int count, int maxLength, int column) =>
        Join(separator.ToString(), value, startIndex, count, maxLength, column);

    private static string Build(string? separator, IEnumerable<string?> parts, int maxLength, int column)
    {
        var builder = new StringBuilder();
        var first = true;
        foreach (var part in parts)
        {
            var separatorLength = first ? 0 : separator?.Length ?? 0;
            Ensure((long)builder.Length + separatorLength + (part?.Length ?? 0), maxLength, column);
            if (!first)
            {
                builder.Append(separator);
            }
            builder.Append(part);
            first = false;
        }
        return builder.ToString();
    }

    // ------------------------------------------------------------------ replace

    public static string Replace(string self, string oldValue, string? newValue, int maxLength, int column)
    {
        EnsureReplaceFits(self, oldValue, newValue, StringComparison.Ordinal, maxLength, column);
        return self.Replace(oldValue, newValue);
    }

    public static string Replace(string self, string oldValue, string? newValue, StringComparison comparisonType, int maxLength, int column)
    {
        EnsureReplaceFits(self, oldValue, newValue, comparisonType, maxLength, column);
        return Checked(self.Replace(oldValue, newValue, comparisonType), maxLength, column);
    }

    public static string Replace(string self, string oldValue, string? newValue, bool ignoreCase, CultureInfo? culture, int maxLength, int column)
    {
        EnsureReplaceFits(self, oldValue, newValue, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal, maxLength, column);
        return Checked(self.Replace(oldValue, newValue, ignoreCase, culture), maxLength, column);
    }

    /// <summary>
    /// Counts the matches first: one Replace can multiply a length by the ratio of the two texts, so the check
    /// must come before the allocation. Culture-aware comparisons may match a little differently from the
    /// count; their result is checked afterwards as well.
    /// </summary>
    private static void EnsureReplaceFits(string self, string oldValue, string? newValue, StringComparison comparison, int maxLength, int column)
    {
        // Let Replace itself report a null or empty oldValue, with its own message.
        var growth = (newValue?.Length ?? 0) - (oldValue?.Length ?? 0);
        if (growth <= 0 || string.IsNullOrEmpty(oldValue))
        {
            return;
        }
        long matches = 0;
        for (var at = self.IndexOf(oldValue, comparison); at >= 0 && at < self.Length; at = self.IndexOf(oldValue, at + oldValue.Length, comparison))
        {
            matches++;
            if (at + oldValue.Length >= self.Length)
            {
                break;
            }
        }
        Ensure(self.Length + matches * growth, maxLength, column);
    }

    // ------------------------------------------------------------------ checks

    /// <summary>For a string built by a late-bound operator: its operands are already within the limit, so checking afterwards bounds the memory.</summary>
    public static object? CheckLate(object? value, int maxLength, int column)
    {
        if (value is string text)
        {
            Ensure(text.Length, maxLength, column);
        }
        return value;
    }

    private static string Checked(string value, int maxLength, int column)
    {
        Ensure(value.Length, maxLength, column);
        return value;
    }

    private static void Ensure(long length, int maxLength, int column)
    {
        if (length > maxLength)
        {
            var where = column > 0 ? $" (kolom {EvaluationBudget.Number(column)})" : string.Empty;
            throw new RuleRuntimeException(
                $"Tekstbudget overschreden: de expressie maakt een tekst van {EvaluationBudget.Number(length)} tekens, meer dan {EvaluationBudget.Number(maxLength)}{where}. "
                + "Maak de tekst korter of voeg minder samen.");
        }
    }
}
