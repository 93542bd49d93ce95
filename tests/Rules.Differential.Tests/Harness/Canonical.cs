using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Participatie.Rules.Data;

namespace Participatie.Rules.Differential.Tests.Harness;

/// <summary>
/// Writes a value the same way whichever engine produced it: numbers with their CLR type (an int and a
/// long of the same value are different answers to a host that casts), text quoted, lists in order,
/// records (<see cref="DataObject"/>, RulesEngine's generated classes, C# objects) as name: value pairs.
/// </summary>
public static class Canonical
{
    public static string? Write(object? value) => value is null ? null : Append(new StringBuilder(), value, 0).ToString();

    private static StringBuilder Append(StringBuilder sb, object? value, int depth)
    {
        if (depth > 16)
        {
            return sb.Append('…');
        }
        switch (value)
        {
            case null:
                return sb.Append("null");
            case string s:
                return sb.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
            case bool b:
                return sb.Append(b ? "true" : "false");
            case char c:
                return sb.Append("char '").Append(c).Append('\'');
            case double d:
                return sb.Append("double ").Append(d.ToString("R", CultureInfo.InvariantCulture));
            case float f:
                return sb.Append("float ").Append(f.ToString("R", CultureInfo.InvariantCulture));
            case decimal m:
                return sb.Append("decimal ").Append(m.ToString(CultureInfo.InvariantCulture));
            case DateTime dt:
                return sb.Append("DateTime ").Append(dt.ToString("O", CultureInfo.InvariantCulture));
            case TimeSpan ts:
                return sb.Append("TimeSpan ").Append(ts.ToString("c", CultureInfo.InvariantCulture));
            case Enum e:
                return sb.Append(e.GetType().Name).Append('.').Append(e);
            case IFormattable formattable when value.GetType().IsPrimitive:
                return sb.Append(value.GetType().Name.ToLowerInvariant()).Append(' ').Append(formattable.ToString(null, CultureInfo.InvariantCulture));
            case DataObject record:
                return AppendPairs(sb, record.Select(p => (p.Key, p.Value)), depth);
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                return AppendPairs(sb, pairs.Select(p => (p.Key, p.Value)), depth);
            case IEnumerable sequence:
            {
                sb.Append('[');
                var first = true;
                foreach (var item in sequence)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }
                    first = false;
                    Append(sb, item, depth + 1);
                }
                return sb.Append(']');
            }
            default:
            {
                var properties = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
                    .Select(p => (p.Name, Read(p, value)));
                return AppendPairs(sb, properties, depth);
            }
        }
    }

    private static object? Read(PropertyInfo property, object target)
    {
        try
        {
            return property.GetValue(target);
        }
        catch (TargetInvocationException ex)
        {
            return "(" + ex.InnerException?.GetType().Name + ")";
        }
    }

    private static StringBuilder AppendPairs(StringBuilder sb, IEnumerable<(string Key, object? Value)> pairs, int depth)
    {
        sb.Append('{');
        var first = true;
        foreach (var (key, item) in pairs)
        {
            if (!first)
            {
                sb.Append(", ");
            }
            first = false;
            sb.Append(key).Append(": ");
            Append(sb, item, depth + 1);
        }
        return sb.Append('}');
    }
}
