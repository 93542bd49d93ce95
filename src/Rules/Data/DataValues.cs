using System.Collections;
using System.Dynamic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Participatie.Rules.Data;

/// <summary>
/// Converts JSON and dictionaries into the values the engine works with, the way RulesEngine sees
/// Newtonsoft ExpandoObjects: objects become case-insensitive <see cref="DataObject"/>s, integers
/// <see cref="long"/>, other numbers <see cref="double"/>, arrays typed arrays.
/// </summary>
public static class DataValues
{
    /// <summary>Converts a parsed JSON value.</summary>
    public static object? FromJson(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
            {
                var keys = new List<string>();
                var values = new List<object?>();
                foreach (var property in element.EnumerateObject())
                {
                    keys.Add(property.Name);
                    values.Add(FromJson(property.Value));
                }
                return Build(keys, values);
            }
            case JsonValueKind.Array:
                return NormalizeArray(element.EnumerateArray().Select(FromJson).ToList());
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt64(out var l) ? (object)l : element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    /// <summary>Parses JSON text and converts it (see <see cref="FromJson(JsonElement)"/>).</summary>
    public static object? FromJson(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return FromJson(document.RootElement);
    }

    /// <summary>Turns a dictionary (or ExpandoObject) into a <see cref="DataObject"/>, converting nested values.</summary>
    public static DataObject FromDictionary(IEnumerable<KeyValuePair<string, object?>> dictionary)
    {
        var keys = new List<string>();
        var values = new List<object?>();
        foreach (var pair in dictionary)
        {
            keys.Add(pair.Key);
            values.Add(Normalize(pair.Value));
        }
        return Build(keys, values);
    }

    /// <summary>
    /// Normalises an input value: dictionaries, ExpandoObjects and <see cref="JsonElement"/>s become
    /// <see cref="DataObject"/>s; lists of those become arrays; everything else is kept.
    /// </summary>
    public static object? Normalize(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case DataObject:
            case string:
                return value;
            case JsonElement element:
                return FromJson(element);
            case ExpandoObject expando:
                return FromDictionary(expando!);
            case IDictionary<string, object?> dictionary:
                return FromDictionary(dictionary);
            case IDictionary untyped when untyped.Keys.Cast<object>().All(k => k is string):
            {
                var pairs = new List<KeyValuePair<string, object?>>();
                foreach (DictionaryEntry entry in untyped)
                {
                    pairs.Add(new KeyValuePair<string, object?>((string)entry.Key, entry.Value));
                }
                return FromDictionary(pairs);
            }
            case IEnumerable enumerable when NeedsConversion(value.GetType()):
            {
                var items = new List<object?>();
                foreach (var item in enumerable)
                {
                    items.Add(Normalize(item));
                }
                return NormalizeArray(items);
            }
            default:
                return value;
        }
    }

    private static bool NeedsConversion(Type type)
    {
        var element = type.IsArray ? type.GetElementType() : type.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            .Select(i => i.GetGenericArguments()[0]).FirstOrDefault();
        if (element is null)
        {
            return !typeof(IDictionary).IsAssignableFrom(type);
        }
        return element == typeof(object) || element == typeof(JsonElement) || element == typeof(ExpandoObject)
            || typeof(IDictionary<string, object?>).IsAssignableFrom(element);
    }

    internal static object NormalizeArray(List<object?> items)
    {
        if (items.Count > 0)
        {
            if (items.TrueForAll(i => i is DataObject d && ReferenceEquals(d.Shape, ((DataObject)items[0]!).Shape)))
            {
                return items.Cast<DataObject>().ToArray();
            }
            if (items.TrueForAll(i => i is long))
            {
                return items.Cast<long>().ToArray();
            }
            if (items.TrueForAll(i => i is long or double))
            {
                return items.Select(i => Convert.ToDouble(i, CultureInfo.InvariantCulture)).ToArray();
            }
            if (items.TrueForAll(i => i is string or null))
            {
                return items.Cast<string?>().ToArray();
            }
            if (items.TrueForAll(i => i is bool))
            {
                return items.Cast<bool>().ToArray();
            }
        }
        return items.ToArray();
    }

    private static DataObject Build(List<string> keys, List<object?> values)
    {
        var kinds = new DataValueKind[keys.Count];
        var details = new object?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            (kinds[i], details[i]) = Classify(values[i]);
        }
        var shape = DataShape.Create(keys.ToArray(), kinds, details);
        return new DataObject(shape, values.ToArray());
    }

    internal static (DataValueKind Kind, object? Detail) Classify(object? value) => value switch
    {
        null => (DataValueKind.Null, null),
        DataObject d => (DataValueKind.Record, d.Shape),
        DataObject[] array => (DataValueKind.RecordArray, array.Length > 0 ? array[0].Shape : null),
        _ => (DataValueKind.Clr, value.GetType()),
    };

    /// <summary>Creates a record from names and already-normalised values (used by <c>new (… as name)</c>).</summary>
    internal static DataObject CreateRecord(DataShape shape, object?[] values) => new(shape, values);

    /// <summary>Serialises a value as JSON: records as objects, arrays as arrays, numbers invariant.</summary>
    public static string ToJson(object? value)
    {
        var sb = new StringBuilder();
        using (var stream = new MemoryStream())
        {
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                WriteJson(writer, value, 0);
            }
            sb.Append(Encoding.UTF8.GetString(stream.ToArray()));
        }
        return sb.ToString();
    }

    /// <summary>Writes a value as JSON (records, arrays, numbers, strings, dates, public properties of other objects).</summary>
    public static void WriteJson(Utf8JsonWriter writer, object? value, int depth = 0)
    {
        if (depth > 32)
        {
            writer.WriteStringValue("…");
            return;
        }
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long or int or short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong ul:
                writer.WriteNumberValue(ul);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case float f when float.IsFinite(f):
                writer.WriteNumberValue(f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case double or float:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case DateTime dt:
                writer.WriteStringValue(dt);
                break;
            case DateTimeOffset dto:
                writer.WriteStringValue(dto);
                break;
            case TimeSpan ts:
                writer.WriteStringValue(ts.ToString("c", CultureInfo.InvariantCulture));
                break;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                break;
            case JsonElement je:
                je.WriteTo(writer);
                break;
            case Delegate or System.Reflection.MemberInfo:
                writer.WriteStringValue("(" + value.GetType().Name + ")");
                break;
            case IEnumerable<KeyValuePair<string, object?>> record:
                writer.WriteStartObject();
                foreach (var pair in record)
                {
                    writer.WritePropertyName(pair.Key);
                    WriteJson(writer, pair.Value, depth + 1);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable enumerable:
                writer.WriteStartArray();
                foreach (var item in enumerable)
                {
                    WriteJson(writer, item, depth + 1);
                }
                writer.WriteEndArray();
                break;
            default:
            {
                var type = value.GetType();
                if (type.IsPrimitive || value is Guid)
                {
                    writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
                }
                writer.WriteStartObject();
                foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
                {
                    if (property.GetIndexParameters().Length > 0 || !property.CanRead)
                    {
                        continue;
                    }
                    object? propertyValue;
                    try
                    {
                        propertyValue = property.GetValue(value);
                    }
                    catch (System.Reflection.TargetInvocationException)
                    {
                        continue;
                    }
                    writer.WritePropertyName(property.Name);
                    WriteJson(writer, propertyValue, depth + 1);
                }
                writer.WriteEndObject();
                break;
            }
        }
    }
}
