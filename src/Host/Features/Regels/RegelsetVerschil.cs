using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Participatie.Host.Features.Regels;

/// <summary>
/// A readable difference between two rule set texts: per rule and parameter what was added, removed or changed,
/// in Dutch sentences, plus a line-by-line difference of the JSON for those who want to see every character.
/// </summary>
public static class RegelsetVerschil
{
    public sealed record Wijziging(string Soort, string Pad, string? Veld, string? Oud, string? Nieuw, string Tekst);

    public sealed record Regel(string Soort, string Tekst);

    public sealed record Uitkomst(IReadOnlyList<Wijziging> Wijzigingen, IReadOnlyList<Regel> Regels);

    private const int Context = 3;
    private const int MaxRegelsVoorVergelijking = 5000;

    private static readonly JsonSerializerOptions Opmaak = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly (string Veld, string Naam)[] Velden =
    [
        ("Expression", "expressie"),
        ("Operator", "operator"),
        ("Enabled", "aan/uit"),
        ("SuccessEvent", "uitleg als de regel klopt"),
        ("ErrorMessage", "uitleg als de regel niet klopt"),
        ("RuleExpressionType", "soort expressie"),
        ("Actions", "acties"),
        ("Properties", "eigenschappen"),
        ("WorkflowsToInject", "geïnjecteerde workflows"),
    ];

    public static Uitkomst Bereken(string oud, string nieuw)
    {
        var oudNode = Lees(oud);
        var nieuwNode = Lees(nieuw);
        var wijzigingen = new List<Wijziging>();
        if (oudNode is not null && nieuwNode is not null)
        {
            VergelijkWorkflows(Workflows(oudNode), Workflows(nieuwNode), wijzigingen);
        }
        else
        {
            wijzigingen.Add(new Wijziging("gewijzigd", "", null, null, null, "Een van de twee teksten is geen geldige JSON; alleen het verschil per regel tekst is te zien."));
        }

        var oudeRegels = Tekst(oudNode, oud).Split('\n');
        var nieuweRegels = Tekst(nieuwNode, nieuw).Split('\n');
        return new Uitkomst(wijzigingen, RegelVerschil(oudeRegels, nieuweRegels));
    }

    private static JsonNode? Lees(string json)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Tekst(JsonNode? node, string raw) => (node?.ToJsonString(Opmaak) ?? raw).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static List<JsonObject> Workflows(JsonNode node) => node switch
    {
        JsonArray array => array.OfType<JsonObject>().ToList(),
        JsonObject single => [single],
        _ => [],
    };

    private static string Naam(JsonObject node, string key) => node[key]?.GetValueKind() == JsonValueKind.String ? node[key]!.GetValue<string>() : "";

    private static void VergelijkWorkflows(List<JsonObject> oud, List<JsonObject> nieuw, List<Wijziging> uit)
    {
        foreach (var o in oud.Where(o => nieuw.All(n => Naam(n, "WorkflowName") != Naam(o, "WorkflowName"))))
        {
            uit.Add(new Wijziging("verwijderd", Naam(o, "WorkflowName"), null, null, null, $"Workflow '{Naam(o, "WorkflowName")}' is verwijderd."));
        }

        foreach (var n in nieuw)
        {
            var naam = Naam(n, "WorkflowName");
            var o = oud.FirstOrDefault(o => Naam(o, "WorkflowName") == naam);
            if (o is null)
            {
                uit.Add(new Wijziging("toegevoegd", naam, null, null, null, $"Workflow '{naam}' is toegevoegd."));
                continue;
            }

            VergelijkVelden(o, n, naam, $"Workflow '{naam}'", uit);
            VergelijkParams(o["GlobalParams"] as JsonArray, n["GlobalParams"] as JsonArray, naam, "Globale parameter", uit);
            VergelijkRegels(o["Rules"] as JsonArray, n["Rules"] as JsonArray, [], uit);
        }
    }

    private static void VergelijkRegels(JsonArray? oud, JsonArray? nieuw, IReadOnlyList<string> pad, List<Wijziging> uit)
    {
        var oudeRegels = oud?.OfType<JsonObject>().ToList() ?? [];
        var nieuweRegels = nieuw?.OfType<JsonObject>().ToList() ?? [];
        var plaats = pad.Count == 0 ? "" : $" (in '{pad[^1]}')";
        foreach (var o in oudeRegels.Where(o => nieuweRegels.All(n => Naam(n, "RuleName") != Naam(o, "RuleName"))))
        {
            var naam = Naam(o, "RuleName");
            uit.Add(new Wijziging("verwijderd", Pad(pad, naam), null, Naam(o, "Expression"), null, $"Regel '{naam}'{plaats} is verwijderd."));
        }

        foreach (var n in nieuweRegels)
        {
            var naam = Naam(n, "RuleName");
            var o = oudeRegels.FirstOrDefault(o => Naam(o, "RuleName") == naam);
            if (o is null)
            {
                var expressie = Naam(n, "Expression");
                uit.Add(new Wijziging("toegevoegd", Pad(pad, naam), null, null, expressie,
                    $"Regel '{naam}'{plaats} is toegevoegd" + (expressie.Length > 0 ? $" met expressie `{expressie}`." : ".")));
                continue;
            }

            var subpad = pad.Append(naam).ToList();
            VergelijkVelden(o, n, Pad(pad, naam), $"Regel '{naam}'{plaats}", uit);
            VergelijkParams(o["LocalParams"] as JsonArray, n["LocalParams"] as JsonArray, Pad(pad, naam), $"Lokale parameter van '{naam}':", uit);
            VergelijkRegels(o["Rules"] as JsonArray, n["Rules"] as JsonArray, subpad, uit);
        }

        var oudeVolgorde = oudeRegels.Select(r => Naam(r, "RuleName")).Where(nieuweRegels.Select(r => Naam(r, "RuleName")).Contains).ToList();
        var nieuweVolgorde = nieuweRegels.Select(r => Naam(r, "RuleName")).Where(oudeVolgorde.Contains).ToList();
        if (!oudeVolgorde.SequenceEqual(nieuweVolgorde))
        {
            uit.Add(new Wijziging("gewijzigd", string.Join(" › ", pad), "volgorde", string.Join(", ", oudeVolgorde), string.Join(", ", nieuweVolgorde),
                $"De volgorde van de regels{(pad.Count == 0 ? "" : $" in '{pad[^1]}'")} is gewijzigd: {string.Join(", ", nieuweVolgorde)}."));
        }
    }

    private static void VergelijkVelden(JsonObject oud, JsonObject nieuw, string pad, string wie, List<Wijziging> uit)
    {
        foreach (var (veld, naam) in Velden)
        {
            var o = Waarde(oud[veld], veld);
            var n = Waarde(nieuw[veld], veld);
            if (o == n)
            {
                continue;
            }

            var tekst = (o, n) switch
            {
                (null, _) => $"{wie}: {naam} toegevoegd: {Citaat(n)}.",
                (_, null) => $"{wie}: {naam} verwijderd (was {Citaat(o)}).",
                _ when veld == "Enabled" => $"{wie}: staat nu {(n == "true" ? "aan" : "uit")}.",
                _ => $"{wie}: {naam} gewijzigd van {Citaat(o)} naar {Citaat(n)}.",
            };
            uit.Add(new Wijziging("gewijzigd", pad, veld, o, n, tekst));
        }
    }

    private static void VergelijkParams(JsonArray? oud, JsonArray? nieuw, string pad, string wie, List<Wijziging> uit)
    {
        var oude = oud?.OfType<JsonObject>().ToList() ?? [];
        var nieuwe = nieuw?.OfType<JsonObject>().ToList() ?? [];
        foreach (var o in oude.Where(o => nieuwe.All(n => Naam(n, "Name") != Naam(o, "Name"))))
        {
            uit.Add(new Wijziging("verwijderd", $"{pad} › {Naam(o, "Name")}", "Expression", Naam(o, "Expression"), null, $"{wie} '{Naam(o, "Name")}' is verwijderd."));
        }

        foreach (var n in nieuwe)
        {
            var naam = Naam(n, "Name");
            var o = oude.FirstOrDefault(o => Naam(o, "Name") == naam);
            var oudeExpressie = o is null ? null : Naam(o, "Expression");
            var nieuweExpressie = Naam(n, "Expression");
            if (o is null)
            {
                uit.Add(new Wijziging("toegevoegd", $"{pad} › {naam}", "Expression", null, nieuweExpressie, $"{wie} '{naam}' is toegevoegd: `{nieuweExpressie}`."));
            }
            else if (oudeExpressie != nieuweExpressie)
            {
                uit.Add(new Wijziging("gewijzigd", $"{pad} › {naam}", "Expression", oudeExpressie, nieuweExpressie,
                    $"{wie} '{naam}': expressie gewijzigd van `{oudeExpressie}` naar `{nieuweExpressie}`."));
            }
        }
    }

    /// <summary>A field's value as text for comparing; Enabled is true when absent, as the engine reads it.</summary>
    private static string? Waarde(JsonNode? node, string veld)
    {
        if (node is null)
        {
            return veld == "Enabled" ? "true" : null;
        }

        return node.GetValueKind() switch
        {
            JsonValueKind.String => node.GetValue<string>(),
            JsonValueKind.Null => veld == "Enabled" ? "true" : null,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => node.ToJsonString(),
        };
    }

    private static string Citaat(string? value) => value is null ? "(leeg)" : $"`{value}`";

    private static string Pad(IReadOnlyList<string> pad, string naam) => string.Join(" › ", pad.Append(naam));

    /// <summary>Lines added and removed (longest common subsequence), with a few unchanged lines around each change.</summary>
    private static IReadOnlyList<Regel> RegelVerschil(string[] oud, string[] nieuw)
    {
        if ((long)oud.Length * nieuw.Length > (long)MaxRegelsVoorVergelijking * MaxRegelsVoorVergelijking / 4)
        {
            return [new Regel(" ", "(te groot om regel voor regel te vergelijken)")];
        }

        var lcs = new int[oud.Length + 1, nieuw.Length + 1];
        for (var i = oud.Length - 1; i >= 0; i--)
        {
            for (var j = nieuw.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = oud[i] == nieuw[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var alle = new List<Regel>();
        int a = 0, b = 0;
        while (a < oud.Length || b < nieuw.Length)
        {
            if (a < oud.Length && b < nieuw.Length && oud[a] == nieuw[b])
            {
                alle.Add(new Regel(" ", oud[a]));
                a++;
                b++;
            }
            else if (b < nieuw.Length && (a == oud.Length || lcs[a, b + 1] >= lcs[a + 1, b]))
            {
                alle.Add(new Regel("+", nieuw[b++]));
            }
            else
            {
                alle.Add(new Regel("-", oud[a++]));
            }
        }

        var dichtbij = new bool[alle.Count];
        for (var i = 0; i < alle.Count; i++)
        {
            if (alle[i].Soort != " ")
            {
                for (var k = Math.Max(0, i - Context); k <= Math.Min(alle.Count - 1, i + Context); k++)
                {
                    dichtbij[k] = true;
                }
            }
        }

        var uit = new List<Regel>();
        for (var i = 0; i < alle.Count; i++)
        {
            if (dichtbij[i])
            {
                uit.Add(alle[i]);
            }
            else if (i > 0 && dichtbij[i - 1])
            {
                uit.Add(new Regel(" ", "…"));
            }
        }

        return uit;
    }
}
