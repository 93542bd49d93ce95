using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Participatie.Rules.Data;

namespace Participatie.Rules.Engine;

/// <summary>
/// Fills <c>$(name)</c> and <c>$(name.field.field)</c> placeholders of an ErrorMessage from a rule's inputs, as
/// RulesEngine 6.x does: names match exactly (case included); a whole input is written as compact JSON; a field as
/// plain text, a record or list in it as indented JSON. A placeholder whose input or field is unknown or null is left
/// as written. Ours: dates print as <c>dd-MM-yyyy</c> and JSON text is not \u-escaped (docs/rules.md, difference 2).
/// The template is split into text and placeholders once per rule (<see cref="Parse"/>); filling it reads the frame
/// slots directly, so an explanation costs little more than the strings it prints.
/// </summary>
internal sealed class ErrorMessageFormatter
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Text before each placeholder, and after the last one (one more than <see cref="_placeholders"/>).</summary>
    private readonly string[] _texts;
    private readonly Placeholder[] _placeholders;

    /// <param name="Written">The placeholder as written, <c>$(…)</c>, for when it cannot be filled.</param>
    /// <param name="Input">The part before the first dot.</param>
    /// <param name="Path">The parts after it.</param>
    private sealed record Placeholder(string Written, string Input, string[] Path);

    private ErrorMessageFormatter(string[] texts, Placeholder[] placeholders)
    {
        _texts = texts;
        _placeholders = placeholders;
    }

    /// <summary>
    /// Splits a message at upstream's placeholders: <c>$(</c> up to the first <c>)</c>. Null when it has none (the message is
    /// used as it is).
    /// </summary>
    public static ErrorMessageFormatter? Parse(string? message)
    {
        if (message is null || !message.Contains("$(", StringComparison.Ordinal))
        {
            return null;
        }
        var texts = new List<string>();
        var placeholders = new List<Placeholder>();
        var position = 0;
        var text = new StringBuilder();
        while (position < message.Length)
        {
            var start = message.IndexOf("$(", position, StringComparison.Ordinal);
            var end = start < 0 ? -1 : message.IndexOf(')', start + 2);
            if (start < 0 || end < 0)
            {
                text.Append(message, position, message.Length - position);
                break;
            }
            text.Append(message, position, start - position);
            texts.Add(text.ToString());
            text.Clear();
            var inner = message[(start + 2)..end];
            var parts = inner.Split('.');
            placeholders.Add(new Placeholder(message[start..(end + 1)], parts[0], parts[1..]));
            position = end + 1;
        }
        texts.Add(text.ToString());
        return placeholders.Count == 0 ? null : new ErrorMessageFormatter([.. texts], [.. placeholders]);
    }

    /// <summary>Fills the placeholders from the inputs and parameters a rule sees: their names and their slots in the frame.</summary>
    public string Format(string[] names, int[] slots, object?[] frame)
    {
        // built on the stack, one allocation for the message itself
        var message = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[256]);
        message.AppendLiteral(_texts[0]);
        for (var i = 0; i < _placeholders.Length; i++)
        {
            message.AppendLiteral(Fill(_placeholders[i], names, slots, frame));
            message.AppendLiteral(_texts[i + 1]);
        }
        return message.ToStringAndClear();
    }

    private static string Fill(Placeholder placeholder, string[] names, int[] slots, object?[] frame)
    {
        var index = Array.IndexOf(names, placeholder.Input);
        if (index < 0 || frame[slots[index]] is not { } value)
        {
            return placeholder.Written;
        }
        if (placeholder.Path.Length == 0)
        {
            return DataValues.ToJson(value);
        }
        foreach (var part in placeholder.Path)
        {
            if (!TryMember(value, part, out var member) || member is null)
            {
                return placeholder.Written;
            }
            value = member;
        }
        return Plain(value);
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
        // as the JSON writer prints them (shortest round-trip form, invariant), without making a writer per number
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) => d.ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        double or float or short or byte or sbyte or ulong or uint or ushort => DataValues.ToJson(value),
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
