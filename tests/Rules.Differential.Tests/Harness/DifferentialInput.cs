using System.Dynamic;
using System.Text.Json;
using Participatie.Rules.Data;

namespace Participatie.Rules.Differential.Tests.Harness;

/// <summary>
/// One named input, built separately for each engine from the same source so neither engine can
/// change what the other sees: JSON becomes our <see cref="DataObject"/> and, for RulesEngine, the
/// ExpandoObject Newtonsoft would give (integers <see cref="long"/>, other numbers <see cref="double"/>,
/// arrays <see cref="List{T}"/> of object) — the form the upstream tests and docs feed it.
/// </summary>
public sealed class DifferentialInput
{
    private readonly Func<object?> _forOurs;
    private readonly Func<object?> _forUpstream;

    private DifferentialInput(string name, string description, Func<object?> forOurs, Func<object?> forUpstream)
    {
        Name = name;
        Description = description;
        _forOurs = forOurs;
        _forUpstream = forUpstream;
    }

    public string Name { get; }

    /// <summary>How the input looks, for failure messages.</summary>
    public string Description { get; }

    public object? ForOurs() => _forOurs();

    public object? ForUpstream() => _forUpstream();

    public static DifferentialInput Json(string name, string json) =>
        new(name, json, () => DataValues.FromJson(json), () => UpstreamValues.FromJson(json));

    /// <summary>A typed C# value given as is to both engines (a fresh one per engine when <paramref name="create"/> makes one).</summary>
    public static DifferentialInput Typed(string name, Func<object?> create, string? description = null) =>
        new(name, description ?? Describe(create()), create, create);

    public static DifferentialInput Typed(string name, object? value) => Typed(name, () => value);

    /// <summary>A dictionary: an ExpandoObject for RulesEngine (its generated-class path), the same pairs for ours.</summary>
    public static DifferentialInput Dictionary(string name, Func<IEnumerable<KeyValuePair<string, object?>>> pairs) =>
        new(name, string.Join(", ", pairs().Select(p => p.Key + "=" + Describe(p.Value))),
            () => UpstreamValues.ToExpando(pairs()),
            () => UpstreamValues.ToExpando(pairs()));

    private static string Describe(object? value)
    {
        try
        {
            return value switch
            {
                null => "null",
                string s => JsonSerializer.Serialize(s),
                Delegate => "(delegate)",
                _ => JsonSerializer.Serialize(value),
            };
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or JsonException)
        {
            return value?.GetType().Name ?? "null";
        }
    }

    /// <summary>The same input under another name.</summary>
    public static DifferentialInput From(string name, DifferentialInput input) => new(name, input.Description, input._forOurs, input._forUpstream);

    public override string ToString() => $"{Name}={Description}";
}

/// <summary>Values in the form RulesEngine's tests give them (Newtonsoft's ExpandoObjectConverter).</summary>
public static class UpstreamValues
{
    public static object? FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement);
    }

    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToExpando(element.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, FromJson(p.Value)))),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static ExpandoObject ToExpando(IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        var expando = new ExpandoObject();
        var dictionary = (IDictionary<string, object?>)expando;
        foreach (var (key, value) in pairs)
        {
            dictionary[key] = value;
        }
        return expando;
    }
}
