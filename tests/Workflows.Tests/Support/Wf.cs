using System.Text.Json.Nodes;

namespace Participatie.Workflows.Tests.Support;

/// <summary>Builds small Elsa definitions for tests.</summary>
public static class Wf
{
    public static JsonObject Literal(object? value, string typeName = "String") =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = JsonValue.Create(value) } };

    public static JsonObject Js(string code, string typeName = "Object") =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = code } };

    public static JsonObject Activity(string id, string type, params (string Key, JsonNode? Value)[] props)
    {
        var a = new JsonObject { ["id"] = id, ["name"] = id, ["type"] = type };
        foreach (var (key, value) in props) a[key] = value;
        return a;
    }

    public static JsonObject WriteLine(string id, string text) => Activity(id, "Elsa.WriteLine", ("text", Literal(text)));

    public static JsonObject Connect(string from, string to, string port = "Done") =>
        new() { ["source"] = new JsonObject { ["activity"] = from, ["port"] = port }, ["target"] = new JsonObject { ["activity"] = to, ["port"] = "In" } };

    /// <summary>A flowchart definition; connections are (from, to, port).</summary>
    public static string Flowchart(string definitionId, JsonObject[] activities, JsonObject[]? connections = null, JsonArray? variables = null, bool published = true, JsonArray? inputs = null, JsonArray? outputs = null, string? name = null, bool usableAsActivity = false) =>
        new JsonObject
        {
            ["id"] = definitionId + "-v",
            ["definitionId"] = definitionId,
            ["name"] = name ?? definitionId,
            ["version"] = 1,
            ["isPublished"] = published,
            ["variables"] = variables ?? [],
            ["inputs"] = inputs ?? [],
            ["outputs"] = outputs ?? [],
            ["options"] = new JsonObject { ["usableAsActivity"] = usableAsActivity },
            ["root"] = new JsonObject
            {
                ["id"] = "fc",
                ["type"] = "Elsa.Flowchart",
                ["activities"] = new JsonArray(activities.Select(a => (JsonNode?)a).ToArray()),
                ["connections"] = new JsonArray((connections ?? []).Select(c => (JsonNode?)c).ToArray()),
            },
        }.ToJsonString();

    /// <summary>A chain: each activity connected to the next on Done.</summary>
    public static string Chain(string definitionId, params JsonObject[] activities) =>
        Flowchart(definitionId, activities, activities.Zip(activities.Skip(1), (a, b) => Connect(a["id"]!.GetValue<string>(), b["id"]!.GetValue<string>())).ToArray());
}
