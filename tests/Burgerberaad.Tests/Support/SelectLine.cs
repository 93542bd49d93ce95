using System.Text.Json;

namespace Participatie.Burgerberaad.Tests.Support;

/// <summary>The JSON line of <c>burgerberaad select</c>, parsed strictly (exactly the three members).</summary>
public sealed record SelectLine(IReadOnlyList<string> Panel, IReadOnlyDictionary<string, double> Probabilities, double MinProbability)
{
    public static SelectLine Parse(string json)
    {
        Assert.DoesNotContain('\n', json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(["panel", "probabilities", "min_probability"], root.EnumerateObject().Select(p => p.Name).ToArray());
        return new SelectLine(
            root.GetProperty("panel").EnumerateArray().Select(e => e.GetString()!).ToArray(),
            root.GetProperty("probabilities").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble()),
            root.GetProperty("min_probability").GetDouble());
    }
}
