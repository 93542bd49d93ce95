using System.Globalization;
using Participatie.Rules.Emit;

namespace Participatie.Rules.Binding;

/// <summary>
/// What <c>Convert.*</c> and <c>int.Parse</c>/<c>double.Parse</c> mean in a rule: conversions that use
/// the invariant culture (so <c>"3.5"</c> is three and a half on a Dutch server too) and give a clear
/// message when a value cannot be converted.
/// </summary>
internal static class SafeConvert
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int ToInt32(object? value) => Wrap(() => value is string s ? int.Parse(s, NumberStyles.Integer, Inv) : Convert.ToInt32(value, Inv), value, "een geheel getal");

    public static int ToInt32(string value) => ToInt32((object?)value);

    public static long ToInt64(object? value) => Wrap(() => value is string s ? long.Parse(s, NumberStyles.Integer, Inv) : Convert.ToInt64(value, Inv), value, "een geheel getal");

    public static long ToInt64(string value) => ToInt64((object?)value);

    public static double ToDouble(object? value) => Wrap(() => value is string s ? double.Parse(s, NumberStyles.Float, Inv) : Convert.ToDouble(value, Inv), value, "een getal");

    public static double ToDouble(string value) => ToDouble((object?)value);

    public static float ToSingle(object? value) => Wrap(() => value is string s ? float.Parse(s, NumberStyles.Float, Inv) : Convert.ToSingle(value, Inv), value, "een getal");

    public static float ToSingle(string value) => ToSingle((object?)value);

    public static decimal ToDecimal(object? value) => Wrap(() => value is string s ? decimal.Parse(s, NumberStyles.Float, Inv) : Convert.ToDecimal(value, Inv), value, "een bedrag");

    public static decimal ToDecimal(string value) => ToDecimal((object?)value);

    public static bool ToBoolean(object? value) => Wrap(() => value is string s ? bool.Parse(s) : Convert.ToBoolean(value, Inv), value, "waar of onwaar");

    public static bool ToBoolean(string value) => ToBoolean((object?)value);

    public static DateTime ToDateTime(object? value) => Wrap(() => value is string s ? DateTime.Parse(s, Inv, DateTimeStyles.RoundtripKind) : Convert.ToDateTime(value, Inv), value, "een datum");

    public static DateTime ToDateTime(string value) => ToDateTime((object?)value);

    public static TimeSpan ToTimeSpan(string value) => Wrap(() => TimeSpan.Parse(value, Inv), value, "een tijdsduur");

    public static string? ToString(object? value) => value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, Inv),
        _ => value.ToString(),
    };

    private static T Wrap<T>(Func<T> convert, object? value, string target)
    {
        try
        {
            return convert();
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or ArgumentNullException)
        {
            var shown = value is null ? "leeg (null)" : $"'{ToString(value)}'";
            throw new RuleRuntimeException($"De waarde {shown} kan niet omgezet worden naar {target}.", ex);
        }
    }
}
