using System.Collections;
using System.Globalization;

namespace Participatie.Host.Features.Regels;

/// <summary>
/// Values the rules produce or read — action outputs such as <c>new (… as Score)</c>, inputs, lists — as plain
/// JSON material, so the API can show them and the Host can read their parts without knowing their runtime type.
/// </summary>
public static class RegelWaarden
{
    /// <summary>A value as plain JSON material: numbers, text, lists and objects (records become name/value maps).</summary>
    public static object? AlsJson(object? value, int depth = 0)
    {
        switch (value)
        {
            case null:
                return null;
            case string or bool or int or long or double or decimal or float or DateTime or DateOnly or Guid:
                return value;
            case Enum e:
                return e.ToString();
            case IFormattable formattable when value.GetType().IsPrimitive:
                return formattable.ToString(null, CultureInfo.InvariantCulture);
        }

        if (depth > 4)
        {
            return value.ToString();
        }

        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.ToDictionary(kv => kv.Key, kv => AlsJson(kv.Value, depth + 1));
            case IDictionary<string, object?> dictionary:
                return dictionary.ToDictionary(kv => kv.Key, kv => AlsJson(kv.Value, depth + 1));
            case IEnumerable sequence:
                return sequence.Cast<object?>().Take(100).Select(v => AlsJson(v, depth + 1)).ToList();
            default:
                return value.GetType().GetProperties()
                    .Where(p => p.GetIndexParameters().Length == 0)
                    .ToDictionary(p => p.Name, p => AlsJson(p.GetValue(value), depth + 1));
        }
    }
}
