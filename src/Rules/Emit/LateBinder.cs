using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Participatie.Rules.Binding;
using Participatie.Rules.Data;

namespace Participatie.Rules.Emit;

/// <summary>
/// Member access, calls and operators on values whose type is only known at run time (JSON nulls,
/// untyped inputs, dictionary values). Uses the same whitelist as the compiler.
/// </summary>
internal sealed class LateBinder(MemberCatalog catalog, bool ignoreCase)
{
    private readonly ConcurrentDictionary<(Type, string), MemberInfo?> _members = new();

    public object? GetMember(object? target, string name)
    {
        switch (target)
        {
            case null when name.Equals("HasValue", ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal):
                // a JSON null read as a nullable: it has no value (the binder answers true for values that are there)
                return false;
            case null when name.Equals("Value", ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal):
                throw new RuleRuntimeException("Een waarde is leeg (null), terwijl de regel met '.Value' om de waarde vraagt; controleer eerst met '.HasValue'.");
            case null:
                throw new RuleRuntimeException($"Het veld '{name}' kan niet gelezen worden omdat de waarde ervoor leeg (null) is.");
            case DataObject record:
                return record.TryGetValue(name, ignoreCase, out var value) ? value : ValueMember(record, name);
            case IDictionary<string, object?> dictionary:
                foreach (var pair in dictionary)
                {
                    if (string.Equals(pair.Key, name, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                    {
                        return DataValues.Normalize(pair.Value);
                    }
                }
                return ValueMember(dictionary, name);
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                foreach (var property in element.EnumerateObject())
                {
                    if (string.Equals(property.Name, name, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                    {
                        return DataValues.FromJson(property.Value);
                    }
                }
                throw Missing(name);
        }
        var type = target.GetType();
        var member = _members.GetOrAdd((type, name), key =>
        {
            var found = catalog.FindDataMember(key.Item1, key.Item2, false, ignoreCase);
            return found is not null && catalog.WhyNotAllowed(found, false) is null ? found : null;
        });
        switch (member)
        {
            case PropertyInfo property:
                return property.GetValue(target);
            case FieldInfo field:
                return field.GetValue(target);
        }
        if (name.Equals("Count", StringComparison.OrdinalIgnoreCase) || name.Equals("Length", StringComparison.OrdinalIgnoreCase))
        {
            if (target is string s)
            {
                return s.Length;
            }
            if (target is IEnumerable sequence)
            {
                return AsSequence(sequence).Count();
            }
        }
        return ValueMember(target, name);
    }

    /// <summary>
    /// <c>HasValue</c> and <c>Value</c> of a value that is there and has no member of that name: as for a nullable that has a
    /// value (JSON fields are null in one input and filled in the next, so rules ask this of any value).
    /// </summary>
    private object? ValueMember(object target, string name)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (name.Equals("HasValue", comparison))
        {
            return true;
        }
        return name.Equals("Value", comparison) ? target : throw Missing(name);
    }

    private static RuleRuntimeException Missing(string name) => new($"Het veld '{name}' ontbreekt in deze invoer.");

    public object? GetIndex(object? target, object? index)
    {
        switch (target)
        {
            case null:
                throw new RuleRuntimeException("Een index '[…]' kan niet gelezen worden omdat de waarde leeg (null) is.");
            case DataObject record when index is string key:
                return record.TryGetValue(key, ignoreCase, out var value) ? value : throw Missing(key);
            case string text:
                return text[ToIndex(index, text.Length)].ToString();
            case IList list:
                return DataValues.Normalize(list[ToIndex(index, list.Count)]);
            case IDictionary dictionary when index is not null:
                return dictionary.Contains(index) ? DataValues.Normalize(dictionary[index]) : throw Missing(SafeConvert.ToString(index) ?? "?");
            case JsonElement element:
                return DataValues.FromJson(index is string property ? element.GetProperty(property) : element[ToIndex(index, element.GetArrayLength())]);
            case IEnumerable sequence:
                var items = AsSequence(sequence).ToList();
                return items[ToIndex(index, items.Count)];
        }
        throw new RuleRuntimeException($"Een waarde van soort {TypeNames.Display(target.GetType())} heeft geen index '[…]'.");
    }

    private static int ToIndex(object? index, int count)
    {
        var i = index switch
        {
            int n => n,
            long l => (int)Math.Clamp(l, int.MinValue, int.MaxValue),
            _ => throw new RuleRuntimeException("Een index moet een geheel getal zijn."),
        };
        if (i < 0 || i >= count)
        {
            throw new RuleRuntimeException($"Index {i} valt buiten de lijst (die {count} element(en) heeft).");
        }
        return i;
    }

    /// <param name="maxStringLength">Applies when the method turns out to be a string function that can grow a string (see <see cref="StringBudget"/>).</param>
    /// <param name="column">Where the call is in the expression, for a budget message.</param>
    public object? Invoke(object? target, string name, object?[] arguments, int maxStringLength, int column)
    {
        if (target is null)
        {
            throw new RuleRuntimeException($"De functie '{name}' kan niet aangeroepen worden omdat de waarde leeg (null) is.");
        }
        var methods = catalog.InstanceMethods(target.GetType(), name, ignoreCase);
        foreach (var method in methods)
        {
            var isReplacement = method.IsStatic;
            var parameters = method.GetParameters();
            var offset = isReplacement ? 1 : 0;
            if (parameters.Length - offset != arguments.Length)
            {
                continue;
            }
            var converted = new object?[parameters.Length];
            var ok = true;
            if (isReplacement)
            {
                converted[0] = target;
            }
            for (var i = 0; i < arguments.Length; i++)
            {
                try
                {
                    converted[i + offset] = RuntimeConvert.ChangeType(arguments[i], parameters[i + offset].ParameterType);
                }
                catch (RuleRuntimeException)
                {
                    ok = false;
                    break;
                }
            }
            if (!ok)
            {
                continue;
            }
            try
            {
                if (StringBudget.GuardFor(method) is { } guard)
                {
                    var guarded = new List<object?>(converted.Length + 3);
                    if (!isReplacement)
                    {
                        guarded.Add(target);
                    }
                    guarded.AddRange(converted);
                    guarded.Add(maxStringLength);
                    guarded.Add(column);
                    return guard.Invoke(null, guarded.ToArray());
                }
                return method.Invoke(isReplacement ? null : target, converted);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }
        }
        if (arguments.Length == 1 && target is IEnumerable sequence and not string && name.Equals("Contains", ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            // the list side of x.Contains(y) when x's type was unknown while compiling (the text side is string.Contains above)
            foreach (var item in AsSequence(sequence))
            {
                if (Equal(item, arguments[0]))
                {
                    return true;
                }
            }
            return false;
        }
        throw new RuleRuntimeException($"De functie '{name}' bestaat niet voor een waarde van soort {TypeNames.Display(target.GetType())} met {arguments.Length} argument(en), of is niet toegestaan.");
    }

    public static IEnumerable<object?> AsSequence(object? value) => value switch
    {
        null => throw new RuleRuntimeException("Een lijstfunctie kan niet werken op een lege waarde (null)."),
        string => throw new RuleRuntimeException("Een lijstfunctie kan niet op een tekst werken."),
        JsonElement { ValueKind: JsonValueKind.Array } element => element.EnumerateArray().Select(e => DataValues.FromJson(e)),
        IEnumerable<object?> objects => objects,
        IEnumerable sequence => sequence.Cast<object?>(),
        _ => throw new RuleRuntimeException("Deze waarde is geen lijst."),
    };

    public static bool Truth(object? value) => RuntimeConvert.ToBoolean(value);

    public static object? Not(object? value) => !RuntimeConvert.ToBoolean(value);

    public static object? Negate(object? value) => value switch
    {
        int i => -i,
        long l => -l,
        double d => -d,
        decimal m => -m,
        float f => -f,
        TimeSpan t => -t,
        _ when value is not null && RuntimeConvert.IsNumeric(value.GetType()) => -Convert.ToDouble(value, CultureInfo.InvariantCulture),
        _ => throw new RuleRuntimeException($"De bewerking '-' kan niet op '{SafeConvert.ToString(value)}'."),
    };

    public static bool Equal(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }
        if (IsNumber(left) && IsNumber(right))
        {
            return CompareNumbers(left, right) == 0;
        }
        if (left is Enum && IsNumber(right))
        {
            return CompareNumbers(Convert.ToInt64(left, CultureInfo.InvariantCulture), right) == 0;
        }
        if (right is Enum && IsNumber(left))
        {
            return CompareNumbers(left, Convert.ToInt64(right, CultureInfo.InvariantCulture)) == 0;
        }
        if (left is Enum && right is string rs)
        {
            return string.Equals(left.ToString(), rs, StringComparison.OrdinalIgnoreCase);
        }
        if (right is Enum && left is string ls)
        {
            return string.Equals(right.ToString(), ls, StringComparison.OrdinalIgnoreCase);
        }
        return left.Equals(right);
    }

    public static object Binary(int kind, object? left, object? right)
    {
        var op = (BoundBinaryKind)kind;
        switch (op)
        {
            case BoundBinaryKind.Equal:
                return Equal(left, right);
            case BoundBinaryKind.NotEqual:
                return !Equal(left, right);
            case BoundBinaryKind.Less:
            case BoundBinaryKind.LessOrEqual:
            case BoundBinaryKind.Greater:
            case BoundBinaryKind.GreaterOrEqual:
            {
                if (left is null || right is null)
                {
                    return false;
                }
                var c = Compare(left, right);
                return op switch
                {
                    BoundBinaryKind.Less => c < 0,
                    BoundBinaryKind.LessOrEqual => c <= 0,
                    BoundBinaryKind.Greater => c > 0,
                    _ => c >= 0,
                };
            }
            case BoundBinaryKind.Add when left is string || right is string:
                return string.Concat(SafeConvert.ToString(left), SafeConvert.ToString(right));
            case BoundBinaryKind.Add when left is DateTime dt && right is TimeSpan ts:
                return dt + ts;
            case BoundBinaryKind.Subtract when left is DateTime d1 && right is DateTime d2:
                return d1 - d2;
            case BoundBinaryKind.Subtract when left is DateTime d3 && right is TimeSpan t3:
                return d3 - t3;
            case BoundBinaryKind.Add when left is TimeSpan t1 && right is TimeSpan t2:
                return t1 + t2;
        }
        if (!IsNumber(left) || !IsNumber(right))
        {
            var symbol = op switch
            {
                BoundBinaryKind.Add => "+",
                BoundBinaryKind.Subtract => "-",
                BoundBinaryKind.Multiply => "*",
                BoundBinaryKind.Divide => "/",
                _ => "%",
            };
            throw new RuleRuntimeException($"De bewerking '{symbol}' kan niet tussen '{SafeConvert.ToString(left) ?? "null"}' en '{SafeConvert.ToString(right) ?? "null"}'.");
        }
        if (left is double or float || right is double or float)
        {
            var a = Convert.ToDouble(left, CultureInfo.InvariantCulture);
            var b = Convert.ToDouble(right, CultureInfo.InvariantCulture);
            return op switch
            {
                BoundBinaryKind.Add => a + b,
                BoundBinaryKind.Subtract => a - b,
                BoundBinaryKind.Multiply => a * b,
                BoundBinaryKind.Divide => a / b,
                _ => a % b,
            };
        }
        if (left is decimal || right is decimal)
        {
            var a = Convert.ToDecimal(left, CultureInfo.InvariantCulture);
            var b = Convert.ToDecimal(right, CultureInfo.InvariantCulture);
            return op switch
            {
                BoundBinaryKind.Add => a + b,
                BoundBinaryKind.Subtract => a - b,
                BoundBinaryKind.Multiply => a * b,
                BoundBinaryKind.Divide => a / b,
                _ => a % b,
            };
        }
        var x = Convert.ToInt64(left, CultureInfo.InvariantCulture);
        var y = Convert.ToInt64(right, CultureInfo.InvariantCulture);
        return op switch
        {
            BoundBinaryKind.Add => x + y,
            BoundBinaryKind.Subtract => x - y,
            BoundBinaryKind.Multiply => x * y,
            BoundBinaryKind.Divide => x / y,
            _ => x % y,
        };
    }

    private static bool IsNumber(object? value) => value is not null && RuntimeConvert.IsNumeric(value.GetType());

    private static int CompareNumbers(object left, object right)
    {
        if (left is double or float || right is double or float)
        {
            return Convert.ToDouble(left, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(right, CultureInfo.InvariantCulture));
        }
        if (left is decimal || right is decimal || left is ulong || right is ulong)
        {
            return Convert.ToDecimal(left, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(right, CultureInfo.InvariantCulture));
        }
        return Convert.ToInt64(left, CultureInfo.InvariantCulture).CompareTo(Convert.ToInt64(right, CultureInfo.InvariantCulture));
    }

    internal static int Compare(object left, object right)
    {
        if (IsNumber(left) && IsNumber(right))
        {
            return CompareNumbers(left, right);
        }
        if (left is string ls && right is string rs)
        {
            return string.CompareOrdinal(ls, rs);
        }
        if (left.GetType() == right.GetType() && left is IComparable comparable)
        {
            return comparable.CompareTo(right);
        }
        if (left is Enum || right is Enum)
        {
            return CompareNumbers(Convert.ToInt64(left, CultureInfo.InvariantCulture), Convert.ToInt64(right, CultureInfo.InvariantCulture));
        }
        throw new RuleRuntimeException($"'{SafeConvert.ToString(left)}' en '{SafeConvert.ToString(right)}' kunnen niet vergeleken worden.");
    }
}
