using System.Globalization;

namespace Participatie.Rules.Binding;

/// <summary>C#-style numeric promotion and implicit conversions.</summary>
internal static class NumericFacts
{
    private static readonly Dictionary<Type, Type[]> Implicit = new()
    {
        [typeof(sbyte)] = [typeof(short), typeof(int), typeof(long), typeof(float), typeof(double), typeof(decimal)],
        [typeof(byte)] = [typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal)],
        [typeof(short)] = [typeof(int), typeof(long), typeof(float), typeof(double), typeof(decimal)],
        [typeof(ushort)] = [typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal)],
        [typeof(int)] = [typeof(long), typeof(float), typeof(double), typeof(decimal)],
        [typeof(uint)] = [typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal)],
        [typeof(long)] = [typeof(float), typeof(double), typeof(decimal)],
        [typeof(ulong)] = [typeof(float), typeof(double), typeof(decimal)],
        [typeof(char)] = [typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal)],
        [typeof(float)] = [typeof(double)],
    };

    public static bool IsNumeric(Type type) => Implicit.ContainsKey(type) || type == typeof(double) || type == typeof(decimal);

    public static bool IsNumericOrNullable(Type type) => IsNumeric(Underlying(type));

    public static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    public static bool IsNullable(Type type) => Nullable.GetUnderlyingType(type) is not null;

    public static bool CanBeNull(Type type) => !type.IsValueType || IsNullable(type);

    public static Type MakeNullable(Type type) => type.IsValueType && !IsNullable(type) ? typeof(Nullable<>).MakeGenericType(type) : type;

    public static bool HasImplicit(Type from, Type to) => from == to || (Implicit.TryGetValue(from, out var targets) && Array.IndexOf(targets, to) >= 0);

    /// <summary>The type both operands of an arithmetic or comparison operator are converted to, or null.</summary>
    public static Type? Promote(Type left, Type right, bool leftIsLiteral, bool rightIsLiteral)
    {
        var a = Underlying(left);
        var b = Underlying(right);
        if (!IsNumeric(a) || !IsNumeric(b))
        {
            return null;
        }
        Type result;
        if (a == typeof(decimal) || b == typeof(decimal))
        {
            var other = a == typeof(decimal) ? b : a;
            var otherIsLiteral = a == typeof(decimal) ? rightIsLiteral : leftIsLiteral;
            var decimalIsLiteral = a == typeof(decimal) ? leftIsLiteral : rightIsLiteral;
            if (other == typeof(double) || other == typeof(float))
            {
                if (otherIsLiteral)
                {
                    result = typeof(decimal);
                }
                else if (decimalIsLiteral)
                {
                    result = typeof(double);
                }
                else
                {
                    return null;
                }
            }
            else
            {
                result = typeof(decimal);
            }
        }
        else if (a == typeof(double) || b == typeof(double))
        {
            result = typeof(double);
        }
        else if (a == typeof(float) || b == typeof(float))
        {
            result = typeof(float);
        }
        else if (a == typeof(ulong) || b == typeof(ulong))
        {
            var other = a == typeof(ulong) ? b : a;
            result = other == typeof(sbyte) || other == typeof(short) || other == typeof(int) || other == typeof(long) ? typeof(decimal) : typeof(ulong);
        }
        else if (a == typeof(long) || b == typeof(long))
        {
            result = typeof(long);
        }
        else if (a == typeof(uint) || b == typeof(uint))
        {
            var other = a == typeof(uint) ? b : a;
            result = other == typeof(sbyte) || other == typeof(short) || other == typeof(int) ? typeof(long) : typeof(uint);
        }
        else
        {
            result = typeof(int);
        }
        return IsNullable(left) || IsNullable(right) ? MakeNullable(result) : result;
    }

    /// <summary>Converts a numeric literal value to another numeric type if it fits exactly enough.</summary>
    /// <param name="text">The literal's digits as written; a decimal is parsed from them so it keeps its scale (100.0 stays 100.0, as upstream).</param>
    public static bool TryConvertLiteral(object? value, string? text, Type target, out object? converted)
    {
        converted = null;
        var t = Underlying(target);
        if (value is null || !IsNumeric(value.GetType()) || !IsNumeric(t))
        {
            return false;
        }
        if (t == typeof(decimal) && text is not null && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var exact))
        {
            converted = exact;
            return true;
        }
        try
        {
            var isIntegral = value is not double and not float and not decimal;
            var targetIntegral = t != typeof(double) && t != typeof(float) && t != typeof(decimal);
            if (!isIntegral && (targetIntegral || t == typeof(float)))
            {
                // as Dynamic LINQ: a whole number fits any number type it fits in; a real number only becomes a decimal
                return false;
            }
            converted = Convert.ChangeType(value, t, CultureInfo.InvariantCulture);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
