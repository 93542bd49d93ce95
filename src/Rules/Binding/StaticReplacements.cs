using System.Reflection;

namespace Participatie.Rules.Binding;

/// <summary>Maps static calls such as <c>double.Parse</c> and <c>Convert.ToInt32</c> onto culture-safe versions.</summary>
internal static class StaticReplacements
{
    public static IReadOnlyList<MethodInfo>? TryGet(Type type, string name, StringComparison comparison)
    {
        if (type == typeof(SafeConvert) || type == typeof(ExpressionUtils))
        {
            return null;
        }
        if (name.Equals("Parse", comparison))
        {
            var target = type == typeof(int) ? nameof(SafeConvert.ToInt32)
                : type == typeof(long) ? nameof(SafeConvert.ToInt64)
                : type == typeof(double) ? nameof(SafeConvert.ToDouble)
                : type == typeof(decimal) ? nameof(SafeConvert.ToDecimal)
                : type == typeof(float) ? nameof(SafeConvert.ToSingle)
                : type == typeof(bool) ? nameof(SafeConvert.ToBoolean)
                : type == typeof(DateTime) ? nameof(SafeConvert.ToDateTime)
                : type == typeof(TimeSpan) ? nameof(SafeConvert.ToTimeSpan)
                : null;
            if (target is not null)
            {
                return [typeof(SafeConvert).GetMethod(target, [typeof(string)])!];
            }
        }
        if (type == typeof(string) && name.Equals("Compare", comparison))
        {
            return [typeof(string).GetMethod(nameof(string.CompareOrdinal), [typeof(string), typeof(string)])!];
        }
        return null;
    }
}
