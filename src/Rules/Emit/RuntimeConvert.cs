using System.Globalization;
using Participatie.Rules.Binding;

namespace Participatie.Rules.Emit;

/// <summary>Converts values of unknown type into the type an expression needs, at run time.</summary>
internal static class RuntimeConvert
{
    public static T To<T>(object? value)
    {
        if (value is T typed)
        {
            return typed;
        }
        return (T)ChangeType(value, typeof(T))!;
    }

    public static object? ChangeType(object? value, Type target)
    {
        if (value is null)
        {
            if (!target.IsValueType || Nullable.GetUnderlyingType(target) is not null)
            {
                return null;
            }
            throw new RuleRuntimeException($"Een lege waarde (null) kan niet gebruikt worden waar {TypeNames.Display(target)} nodig is.");
        }
        if (target.IsInstanceOfType(value))
        {
            return value;
        }
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        try
        {
            if (underlying == typeof(string))
            {
                return SafeConvert.ToString(value);
            }
            if (underlying.IsEnum)
            {
                return value is string s ? Enum.Parse(underlying, s, ignoreCase: true) : Enum.ToObject(underlying, value);
            }
            if (value is string && (IsNumeric(underlying) || underlying == typeof(bool)))
            {
                throw new InvalidCastException();
            }
            if (IsNumeric(underlying) && (IsNumeric(value.GetType()) || value is Enum))
            {
                return Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
            }
        }
        catch (Exception ex) when (ex is InvalidCastException or FormatException or OverflowException or ArgumentException)
        {
            throw Mismatch(value, target, ex);
        }
        throw Mismatch(value, target, null);
    }

    private static RuleRuntimeException Mismatch(object value, Type target, Exception? inner)
    {
        var message = $"De waarde '{SafeConvert.ToString(value)}' ({TypeNames.Display(value.GetType())}) kan niet gebruikt worden waar {TypeNames.Display(target)} nodig is.";
        return inner is null ? new RuleRuntimeException(message) : new RuleRuntimeException(message, inner);
    }

    public static bool IsNumeric(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal) || type == typeof(float)
        || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong);

    public static bool ToBoolean(object? value) => value switch
    {
        bool b => b,
        null => throw new RuleRuntimeException("Een lege waarde (null) is geen waar of onwaar."),
        _ => throw new RuleRuntimeException($"De waarde '{SafeConvert.ToString(value)}' is geen waar of onwaar."),
    };
}
