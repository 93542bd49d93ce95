using System.Globalization;
using System.Text.RegularExpressions;
using Participatie.Rules.Data;

namespace Participatie.Rules.Engine;

/// <summary>
/// Fills <c>$(name)</c> and <c>$(name.field.field)</c> placeholders of an ErrorMessage from a rule's
/// inputs. A whole input is written as JSON; a field as plain text. Unknown inputs stay as written;
/// an unknown field becomes <c>(name.field)</c>, as in RulesEngine.
/// </summary>
internal static partial class ErrorMessageFormatter
{
    [GeneratedRegex(@"\$\(([^()]+)\)")]
    private static partial Regex Placeholder();

    public static string Format(string message, IReadOnlyDictionary<string, object?> inputs) =>
        !message.Contains("$(", StringComparison.Ordinal) ? message : Placeholder().Replace(message, match =>
        {
            var path = match.Groups[1].Value.Trim();
            var parts = path.Split('.');
            if (!inputs.TryGetValue(parts[0], out var value))
            {
                return match.Value;
            }
            if (parts.Length == 1)
            {
                return value is null ? match.Value : DataValues.ToJson(value);
            }
            for (var i = 1; i < parts.Length; i++)
            {
                if (!TryMember(value, parts[i], out value))
                {
                    return "(" + path + ")";
                }
            }
            return Plain(value);
        });

    private static bool TryMember(object? target, string name, out object? value)
    {
        value = null;
        switch (target)
        {
            case null:
                return false;
            case DataObject record:
                return record.TryGetValue(name, out value);
            case IReadOnlyDictionary<string, object?> dictionary:
                foreach (var pair in dictionary)
                {
                    if (pair.Key.Equals(name, StringComparison.OrdinalIgnoreCase))
                    {
                        value = pair.Value;
                        return true;
                    }
                }
                return false;
        }
        var type = target.GetType();
        if (Binding.MemberCatalog.IsDangerous(type))
        {
            return false;
        }
        var flags = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase;
        if (type.GetProperty(name, flags) is { } property && property.GetIndexParameters().Length == 0 && !Binding.MemberCatalog.IsDangerous(property.PropertyType))
        {
            value = property.GetValue(target);
            return true;
        }
        if (type.GetField(name, flags) is { } field && !Binding.MemberCatalog.IsDangerous(field.FieldType))
        {
            value = field.GetValue(target);
            return true;
        }
        return false;
    }

    private static string Plain(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) : d.ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture),
        IFormattable f when value is not DataObject => f.ToString(null, CultureInfo.InvariantCulture),
        _ => DataValues.ToJson(value),
    };
}
