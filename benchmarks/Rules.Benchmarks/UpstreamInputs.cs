using System.Dynamic;
using System.Text.Json;

namespace Participatie.Rules.Benchmarks;

/// <summary>
/// Inputs for RulesEngine as its documentation and tests give them: JSON read into ExpandoObjects (integers long, other
/// numbers double, arrays lists), the form Newtonsoft's ExpandoObjectConverter produces.
/// </summary>
public static class UpstreamInputs
{
    public static object? FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement);
    }

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToExpando(element),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static ExpandoObject ToExpando(JsonElement element)
    {
        var expando = new ExpandoObject();
        var dictionary = (IDictionary<string, object?>)expando;
        foreach (var property in element.EnumerateObject())
        {
            dictionary[property.Name] = FromJson(property.Value);
        }
        return expando;
    }
}
