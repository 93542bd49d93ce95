using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Participatie.Rules.Data;

namespace Participatie.Rules.Engine;

/// <summary>
/// Fills <c>$(name)</c> and <c>$(name.field.field)</c> placeholders of an ErrorMessage from a rule's inputs, as
/// RulesEngine 6.x does: names match exactly (case included); a whole input is written as compact JSON; a field as
/// plain text, a record or list in it as indented JSON. A placeholder whose input or field is unknown or null is left
/// as written. Ours: dates print as <c>dd-MM-yyyy</c> and JSON text is not \u-escaped (docs/rules.md, difference 2).
/// </summary>
internal static partial class ErrorMessageFormatter
{
    /// <summary>Upstream's pattern: <c>$(</c> up to the first <c>)</c>.</summary>
    [GeneratedRegex(@"\$\((.*?)\)", RegexOptions.Singleline)]
    private static partial Regex Placeholder();

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(string message, IReadOnlyDictionary<string, object?> inputs) =>
        !message.Contains("$(", StringComparison.Ordinal) ? message : Placeholder().Replace(message, match =>
        {
            var parts = match.Groups[1].Value.Split('.');
            if (!TryInput(inputs, parts[0], out var value) || value is null)
            {
                return match.Value;
            }
            if (parts.Length == 1)
            {
                return DataValues.ToJson(value);
            }
            for (var i = 1; i < parts.Length; i++)
            {
                if (!TryMember(value, parts[i], out value) || value is null)
                {
                    return match.Value;
                }
            }
            return Plain(value);
        });

    private static bool TryInput(IReadOnlyDictionary<string, object?> inputs, string name, out object? value)
    {
        foreach (var pair in inputs)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                value = pair.Value;
                return true;
            }
        }
        value = null;
        return false;
    }

    /// <summary>A field by its exact name, where upstream's JSON of the value has one: records, dictionaries, public properties.</summary>
    private static bool TryMember(object? target, string name, out object? value)
    {
        value = null;
        switch (target)
        {
            case null:
                return false;
            case DataObject record:
                return record.TryGetValue(name, ignoreCase: false, out value);
            case IEnumerable<KeyValuePair<string, object?>> dictionary:
                foreach (var pair in dictionary)
                {
                    if (string.Equals(pair.Key, name, StringComparison.Ordinal))
                    {
                        value = pair.Value;
                        return true;
                    }
                }
                return false;
            case string or IEnumerable or JsonElement:
                return false;
        }
        var type = target.GetType();
        if (type.IsPrimitive || Binding.MemberCatalog.IsDangerous(type))
        {
            return false;
        }
        if (type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is { } property && property.GetIndexParameters().Length == 0
            && property.CanRead && !Binding.MemberCatalog.IsDangerous(property.PropertyType))
        {
            value = property.GetValue(target);
            return true;
        }
        return false;
    }

    private static string Plain(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) : d.ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture),
        double or float or decimal or long or int or short or byte or sbyte or ulong or uint or ushort => DataValues.ToJson(value),
        IFormattable f and not Enum => f.ToString(null, CultureInfo.InvariantCulture),
        _ => IndentedJson(value),
    };

    private static string IndentedJson(object value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            DataValues.WriteJson(writer, value);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
