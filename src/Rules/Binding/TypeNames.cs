namespace Participatie.Rules.Binding;

/// <summary>Names of types in words a policy officer understands.</summary>
internal static class TypeNames
{
    public static string Display(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return Display(underlying) + " (of leeg)";
        }
        if (type == typeof(string)) return "tekst";
        if (type == typeof(bool)) return "waar/onwaar";
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)) return "geheel getal";
        if (type == typeof(double) || type == typeof(float)) return "getal";
        if (type == typeof(decimal)) return "bedrag/decimaal getal";
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset)) return "datum/tijd";
        if (type == typeof(TimeSpan)) return "tijdsduur";
        if (type.IsEnum) return "keuzelijst " + type.Name;
        if (type.IsArray) return "lijst van " + Display(type.GetElementType()!);
        if (type.IsGenericType && type.GetGenericArguments().Length == 1 && typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
        {
            return "lijst van " + Display(type.GetGenericArguments()[0]);
        }
        return type.Name;
    }
}
