namespace Participatie.Burgerberaad.Model;

/// <summary>
/// One volunteer: the <c>id</c> and every column of their row by header name (features and other columns such as
/// <c>signup_order</c>, which the selection ignores but the writer keeps).
/// </summary>
public sealed record Respondent(string Id, IReadOnlyDictionary<string, string> Columns)
{
    /// <summary>The value of <paramref name="feature"/> (empty when the row has no such column).</summary>
    public string ValueOf(string feature) => Columns.TryGetValue(feature, out var value) ? value : "";
}
