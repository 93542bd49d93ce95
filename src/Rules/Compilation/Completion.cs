namespace Participatie.Rules.Compilation;

/// <summary>Static lists for <see cref="ExpressionCompiler.GetCompletions"/>.</summary>
internal static class Completion
{
    public static readonly string[] Keywords = ["and", "or", "not", "true", "false", "null", "new", "as", "it"];

    public static readonly string[] TypeNames = ["Math", "Convert", "string", "int", "long", "double", "decimal", "bool", "DateTime", "TimeSpan", "StringComparison", "ExpressionUtils"];

    public static readonly string[] LinqMethods = ["Where", "Any", "All", "Count", "Sum", "Min", "Max", "Average", "First", "FirstOrDefault", "Last", "LastOrDefault", "OrderBy", "OrderByDescending", "Take", "Skip", "Select", "Contains", "Distinct"];

    public static Type? StaticType(string name) => name switch
    {
        "Math" => typeof(Math),
        "Convert" => typeof(Binding.SafeConvert),
        "string" or "String" => typeof(string),
        "int" or "Int32" => typeof(int),
        "long" or "Int64" => typeof(long),
        "double" or "Double" => typeof(double),
        "decimal" or "Decimal" => typeof(decimal),
        "DateTime" => typeof(DateTime),
        "TimeSpan" => typeof(TimeSpan),
        "StringComparison" => typeof(StringComparison),
        "ExpressionUtils" => typeof(Binding.ExpressionUtils),
        _ => null,
    };

    public static string TrailingIdentifier(string text)
    {
        var i = text.Length;
        while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '_'))
        {
            i--;
        }
        return text[i..];
    }
}
