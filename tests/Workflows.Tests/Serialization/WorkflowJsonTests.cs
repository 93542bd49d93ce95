using System.Text.Json.Nodes;
using Participatie.Workflows.Serialization;
using Participatie.Workflows.Tests.Support;

namespace Participatie.Workflows.Tests.Serialization;

public sealed class WorkflowJsonTests
{
    private const string Minimal = """
        {
          "$schema": "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json",
          "id": "v1", "definitionId": "d1", "name": "Demo", "version": 3, "isPublished": true,
          "futureField": { "x": 1 },
          "variables": [ { "id": "var1", "name": "Counter", "typeName": "Int32", "value": "0" } ],
          "root": {
            "type": "Elsa.Flowchart", "id": "fc",
            "activities": [
              { "id": "a", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "Hi" } },
                "metadata": { "designer": { "position": { "x": 10, "y": 20 }, "size": { "width": 100, "height": 50 } } } },
              { "id": "b", "type": "Elsa.WriteLine", "unknownThing": [1, 2] }
            ],
            "connections": [ { "source": { "activity": "a", "port": "Done" }, "target": { "activity": "b", "port": "In" }, "vertices": [ { "x": 1, "y": 2 } ] } ]
          }
        }
        """;

    [Fact]
    public void Read_ElsaDocument_ParsesDefinitionFields()
    {
        var def = WorkflowJson.Read(Minimal, out var errors)!;

        Assert.Empty(errors);
        Assert.Equal(("v1", "d1", "Demo", 3, true), (def.Id, def.DefinitionId, def.Name, def.Version, def.IsPublished));
        Assert.Equal("Counter", Assert.Single(def.Variables).Name);
        Assert.Equal(2, def.Root!.Activities!.Count);
        var connection = Assert.Single(def.Root.Connections!);
        Assert.Equal(("a", "Done", "b", "In"), (connection.SourceId, connection.SourcePort, connection.TargetId, connection.TargetPort));
    }

    [Fact]
    public void Write_ImportedDocument_KeepsDesignerMetadataVerticesAndUnknownFields()
    {
        var exported = JsonNode.Parse(WorkflowJson.Write(WorkflowJson.Read(Minimal, out _)!))!;

        Assert.Equal(10, exported["root"]!["activities"]![0]!["metadata"]!["designer"]!["position"]!["x"]!.GetValue<int>());
        Assert.Equal(2, exported["root"]!["connections"]![0]!["vertices"]![0]!["y"]!.GetValue<int>());
        Assert.Equal(1, exported["futureField"]!["x"]!.GetValue<int>());
        Assert.Equal(2, exported["root"]!["activities"]![1]!["unknownThing"]!.AsArray().Count);
        Assert.NotNull(exported["$schema"]);
    }

    [Fact]
    public void Read_PascalCaseBomAndLegacyConnections_ParsesLikeCamelCase()
    {
        const string pascal = "\uFEFF" + """
            { "Id": "v1", "DefinitionId": "d1", "Name": "P", "Root": { "Type": "Elsa.Flowchart", "Id": "fc",
              "Activities": [ { "Id": "a", "Type": "Elsa.WriteLine", "Text": { "TypeName": "String", "Expression": { "Type": "Literal", "Value": "x" } } },
                              { "Id": "b", "Type": "Elsa.WriteLine" } ],
              "Connections": [ { "Source": "a", "SourcePort": "Done", "Target": "b", "TargetPort": "In" } ] } }
            """;

        var def = WorkflowJson.Read(pascal, out var errors)!;

        Assert.Empty(errors);
        Assert.Equal("d1", def.DefinitionId);
        Assert.Equal("Literal", def.Root!.Activities![0].Properties["text"]!["expression"]!["type"]!.GetValue<string>());
        Assert.Equal(("a", "b"), (def.Root.Connections![0].SourceId, def.Root.Connections[0].TargetId));
    }

    [Fact]
    public void Read_InvalidJson_ReportsLocatedError()
    {
        var def = WorkflowJson.Read("{\n  \"id\": ,\n}", out var errors);

        Assert.Null(def);
        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
    }

    public static IEnumerable<object[]> CorpusFiles() =>
        RepoPaths.Corpus is { } corpus
            ? Directory.GetFiles(Path.Combine(corpus, "workflows"), "*.json").Where(f => !f.Contains("workflow-registry")).Order().Select(f => new object[] { Path.GetFileName(f) })
            : [];

    [CorpusTheory]
    [MemberData(nameof(CorpusFiles))]
    public void ExportImport_CorpusFile_ReimportsIdentically(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Corpus!, "workflows", file));
        var once = WorkflowJson.Write(WorkflowJson.Read(text, out var errors)!);
        Assert.Empty(errors);

        var twice = WorkflowJson.Write(WorkflowJson.Read(once, out _)!);

        Assert.Equal(once, twice);
    }

    [CorpusTheory]
    [MemberData(nameof(CorpusFiles))]
    public void Export_CorpusFile_KeepsEveryActivityInputAndDesignerPosition(string file)
    {
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Corpus!, "workflows", file)))!;
        var exported = JsonNode.Parse(WorkflowJson.Write(WorkflowJson.Read(original.ToJsonString(), out _)!))!;

        Assert.Equal(Activities(original["root"]).Select(Key).Order(), Activities(exported["root"]).Select(Key).Order());
    }

    private static string Key(JsonObject a) =>
        $"{a["id"]}|{a["type"]}|{a["metadata"]?["designer"]?["position"]?.ToJsonString()}|{string.Join(",", a.Where(kv => kv.Value is JsonObject o && o.ContainsKey("expression")).Select(kv => kv.Key + "=" + kv.Value!["expression"]?.ToJsonString()).Order())}";

    private static IEnumerable<JsonObject> Activities(JsonNode? node)
    {
        if (node is not JsonObject o) yield break;
        if (o["type"] is not null && o["id"] is not null) yield return o;
        foreach (var (key, value) in o)
        {
            if (key == "activities" && value is JsonArray list)
                foreach (var child in list.SelectMany(Activities)) yield return child;
            else if (value is JsonObject child && child["type"] is not null && (child.ContainsKey("activities") || child.ContainsKey("id")) && child["expression"] is null)
                foreach (var c in Activities(child)) yield return c;
        }
    }

    [Fact]
    public async Task PascalCaseLegacyDocument_ImportedAndRun_BehavesLikeCamelCase()
    {
        const string pascal = "\uFEFF" + """
            { "$schema": "x", "DefinitionId": "p", "IsPublished": true,
              "Variables": [ { "Id": "v", "Name": "Who", "TypeName": "String", "Value": "Oss" } ],
              "Root": { "Type": "Elsa.Flowchart", "Id": "fc", "Start": "a",
                "Activities": [ { "Id": "a", "Type": "Elsa.WriteLine", "Text": { "TypeName": "String", "Expression": { "Type": "JavaScript", "Value": "'hoi ' + getWho()" } } },
                                { "Id": "b", "Type": "Elsa.WriteLine", "Text": { "TypeName": "String", "Expression": { "Type": "Literal", "Value": "doei" } } } ],
                "Connections": [ { "Source": "a", "SourcePort": "Done", "Target": "b", "TargetPort": "In" } ] } }
            """;
        var stores = new SharedStores();
        var engine = stores.NewEngine();

        var imported = await engine.Definitions.ImportAsync(pascal);
        await engine.Runtime.StartAsync(new Participatie.Workflows.Runtime.StartWorkflowRequest { DefinitionId = "p" });

        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        Assert.Equal(["hoi Oss", "doei"], stores.Lines);
    }
}
