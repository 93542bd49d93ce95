using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Participatie.Rules.Model;

namespace Participatie.Host.Features.Regels;

/// <summary>
/// The name residents see for a support outcome ("Buurtbudget (tot € 500)") comes from its rule, not from code:
/// <c>"Properties": { "Naam": { "nl": "…", "en": "…" } }</c> on the rule in the <c>ondersteuning</c> rule set. A new
/// outcome is then one rule with its names; policy staff edit them with the rule.
/// </summary>
public sealed class OndersteuningsNamen(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perRegel)
{
    private static readonly ConcurrentDictionary<string, OndersteuningsNamen> PerMap = new(StringComparer.Ordinal);

    /// <summary>The name in the rule's own properties, in the language of <paramref name="taal"/> (Dutch as fallback); null when it has none.</summary>
    public static string? Naam(Rule regel, string taal) =>
        regel.Properties?.GetValueOrDefault("Naam") is IReadOnlyDictionary<string, object?> namen ? Kies(namen.ToDictionary(n => n.Key, n => n.Value as string), taal) : null;

    public string? Naam(string regelnaam, string taal) =>
        perRegel.TryGetValue(regelnaam, out var namen) ? Kies(namen.ToDictionary(n => n.Key, n => (string?)n.Value), taal) : null;

    /// <summary>The names in the shipped <c>ondersteuning.json</c> (read once per folder); none when the file is missing or unreadable.</summary>
    public static OndersteuningsNamen Meegeleverd(string regelsMap) => PerMap.GetOrAdd(regelsMap, map =>
    {
        var namen = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        try
        {
            var bestand = Path.Combine(map, RegelsetCatalog.Ondersteuning + ".json");
            var root = File.Exists(bestand) ? JsonNode.Parse(File.ReadAllText(bestand)) : null;
            var workflows = root as JsonArray ?? (root is null ? [] : new JsonArray(root.DeepClone()));
            foreach (var regel in workflows.SelectMany(w => w?["Rules"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (regel["RuleName"]?.GetValue<string>() is { } naam && regel["Properties"]?["Naam"] is JsonObject talen)
                {
                    namen[naam] = talen.Where(t => t.Value is JsonValue).ToDictionary(t => t.Key, t => t.Value!.GetValue<string>());
                }
            }
        }
        catch (Exception ex) when (ex is IOException or System.Text.Json.JsonException or InvalidOperationException)
        {
            // Only a fallback for old published versions: without the file they show the rule name.
        }

        return new OndersteuningsNamen(namen);
    });

    private static string? Kies(IReadOnlyDictionary<string, string?> namen, string taal)
    {
        var code = string.IsNullOrEmpty(taal) ? "nl" : taal.Split('-', 2)[0].ToLowerInvariant();
        return namen.GetValueOrDefault(code) is { Length: > 0 } naam ? naam
            : namen.GetValueOrDefault("nl") is { Length: > 0 } nl ? nl
            : null;
    }
}
