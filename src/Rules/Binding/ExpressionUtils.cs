namespace Participatie.Rules.Binding;

/// <summary>Helper functions that every rule can use by name, as in RulesEngine.</summary>
internal static class ExpressionUtils
{
    /// <summary>True when <paramref name="check"/> is one of the comma-separated values in <paramref name="valList"/>.</summary>
    public static bool CheckContains(string? check, string? valList)
    {
        if (string.IsNullOrEmpty(check) || string.IsNullOrEmpty(valList))
        {
            return false;
        }
        foreach (var part in valList.Split(','))
        {
            if (string.Equals(part.Trim(), check, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
