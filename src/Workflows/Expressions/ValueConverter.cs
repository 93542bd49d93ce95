using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Participatie.Workflows.Expressions;

/// <summary>Converts JSON values to the CLR types activities declare, and back.</summary>
public static class ValueConverter
{
    /// <summary>Converts to <typeparamref name="T"/>; throws <see cref="FormatException"/> when impossible.</summary>
    public static T? Convert<T>(JsonNode? value) => (T?)Convert(value, typeof(T));

    public static object? Convert(JsonNode? value, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (value is null || (value is JsonValue nv && nv.GetValueKind() == JsonValueKind.Null))
            return type.IsValueType && underlying is null ? Activator.CreateInstance(type) : null;
        type = underlying ?? type;
        if (type == typeof(JsonNode) || type == typeof(object)) return value;
        if (type == typeof(JsonObject)) return value as JsonObject ?? (ParseIfString(value) as JsonObject) ?? throw Fail(value, type);
        if (type == typeof(JsonArray)) return AsArray(value) ?? throw Fail(value, type);
        if (type == typeof(string)) return ToText(value);
        if (type == typeof(bool))
        {
            if (value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False) return b.GetValue<bool>();
            var s = ToText(value).Trim();
            if (bool.TryParse(s, out var parsed)) return parsed;
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) return n != 0;
            throw Fail(value, type);
        }
        if (type == typeof(TimeSpan))
            return TimeSpan.TryParse(ToText(value), CultureInfo.InvariantCulture, out var ts) ? ts : throw Fail(value, type);
        if (type == typeof(DateTimeOffset))
            return DateTimeOffset.TryParse(ToText(value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto) ? dto : throw Fail(value, type);
        if (type == typeof(DateTime))
            return DateTime.TryParse(ToText(value), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var dt) ? dt : throw Fail(value, type);
        if (type.IsEnum)
            return Enum.TryParse(type, ToText(value).Trim(), true, out var e) ? e : throw Fail(value, type);
        if (type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal) || type == typeof(float))
        {
            var s = value is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.ToJsonString() : ToText(value).Trim();
            if (!decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) throw Fail(value, type);
            return System.Convert.ChangeType(d, type, CultureInfo.InvariantCulture);
        }
        if (type == typeof(string[]) || type == typeof(List<string>) || type == typeof(IReadOnlyList<string>))
        {
            var arr = AsArray(value) ?? new JsonArray(JsonValue.Create(ToText(value)));
            var list = arr.Select(ToText).ToList();
            return type == typeof(string[]) ? list.ToArray() : list;
        }
        try
        {
            return value.Deserialize(type);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Cannot convert {Describe(value)} to {type.Name}: {ex.Message}", ex);
        }
    }

    /// <summary>Converts a CLR value to JSON.</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        TimeSpan ts => JsonValue.Create(ts.ToString("c", CultureInfo.InvariantCulture)),
        Enum e => JsonValue.Create(e.ToString()),
        _ => JsonSerializer.SerializeToNode(value, value.GetType()),
    };

    /// <summary>Text of a value: strings as-is, numbers invariant, objects as JSON.</summary>
    public static string ToText(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Null => "",
        JsonValue v when v.GetValueKind() is JsonValueKind.True => "True",
        JsonValue v when v.GetValueKind() is JsonValueKind.False => "False",
        JsonValue v => v.ToJsonString(),
        _ => value.ToJsonString(),
    };

    /// <summary>
    /// Converts a value to a declared Elsa type name ("Int32", "Boolean", "String", "Object", "String[]",
    /// "List&lt;Int32&gt;") as Elsa does before an expression sees it: numbers and booleans from their text, text from
    /// numbers and booleans, objects and arrays from JSON text, and each element of an array to the element type. A
    /// value that does not convert is passed on unchanged (the activity that reads it reports the error).
    /// </summary>
    public static JsonNode? Coerce(JsonNode? value, string? typeName)
    {
        if (value is null || typeName is null) return value?.DeepClone();
        try
        {
            if (ElementType(typeName) is { } element)
            {
                return AsArray(value) is { } array ? new JsonArray([.. array.Select(item => Coerce(item, element))]) : value.DeepClone();
            }

            return typeName switch
            {
                "Int16" or "Int32" or "Int64" or "Byte" when value is JsonValue v && Text(v) is { } text
                    => string.IsNullOrWhiteSpace(text) ? null : JsonValue.Create((long)Convert(value, typeof(long))!),
                "Double" or "Decimal" or "Single" when value is JsonValue v && Text(v) is { } text
                    => string.IsNullOrWhiteSpace(text) ? null : JsonValue.Create((decimal)Convert(value, typeof(decimal))!),
                "Boolean" when value is JsonValue v && Text(v) is { } text
                    => string.IsNullOrWhiteSpace(text) ? null : JsonValue.Create((bool)Convert(value, typeof(bool))!),
                "String" when value is JsonValue v && v.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
                    => JsonValue.Create(ToText(v)),
                "Object" or "JsonElement" or "JsonNode" or "JsonObject" or "ExpandoObject" or "IDictionary<String, Object>"
                    => ParseIfString(value) ?? value.DeepClone(),
                _ => value.DeepClone(),
            };
        }
        catch (FormatException)
        {
            return value.DeepClone();
        }
        catch (OverflowException)
        {
            return value.DeepClone();
        }
    }

    /// <summary>The type a workflow input declares: its type name, as an array when <c>isArray</c> is set.</summary>
    public static string? DeclaredType(Model.ParameterDefinition? parameter) =>
        parameter is null ? null : parameter.IsArray && !parameter.Type.EndsWith("[]", StringComparison.Ordinal) ? parameter.Type + "[]" : parameter.Type;

    /// <summary>The element type of "X[]", "List&lt;X&gt;", "IEnumerable&lt;X&gt;" or "ICollection&lt;X&gt;"; null for other types.</summary>
    private static string? ElementType(string typeName)
    {
        if (typeName.EndsWith("[]", StringComparison.Ordinal)) return typeName[..^2];
        foreach (var generic in new[] { "List<", "IList<", "IEnumerable<", "ICollection<", "IReadOnlyList<" })
        {
            if (typeName.StartsWith(generic, StringComparison.Ordinal) && typeName.EndsWith('>')) return typeName[generic.Length..^1];
        }

        return null;
    }

    /// <summary>The text of a string value, or the invariant text of a number (so "Int32" from 4.0 and from "4" agree).</summary>
    private static string? Text(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.Number => value.ToJsonString(),
        _ => null,
    };

    private static JsonArray? AsArray(JsonNode value) => value as JsonArray ?? ParseIfString(value) as JsonArray;

    private static JsonNode? ParseIfString(JsonNode value)
    {
        if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.String) return null;
        var s = v.GetValue<string>().Trim();
        if (s.Length == 0 || (s[0] != '[' && s[0] != '{')) return null;
        try { return JsonNode.Parse(s); } catch (JsonException) { return null; }
    }

    private static FormatException Fail(JsonNode value, Type type) => new($"Cannot convert {Describe(value)} to {type.Name}.");

    private static string Describe(JsonNode value)
    {
        var s = value.ToJsonString();
        return s.Length > 60 ? s[..60] + "…" : s;
    }
}
