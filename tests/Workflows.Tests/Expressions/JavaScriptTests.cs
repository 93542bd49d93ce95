using System.Text.Json.Nodes;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Tests.Support;

namespace Participatie.Workflows.Tests.Expressions;

public sealed class JavaScriptTests
{
    private static async Task<IReadOnlyList<string>> RunAsync(string json, JsonObject? input = null, string? correlationId = null)
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        var imported = await engine.Definitions.ImportAsync(json, publish: true);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        var result = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = imported.Definition!.DefinitionId, Input = input, CorrelationId = correlationId });
        Assert.Empty(result.Incidents);
        return stores.Lines;
    }

    private static string WithVariables(string json, params (string Name, string Type, JsonNode? Value)[] variables)
    {
        var obj = JsonNode.Parse(json)!.AsObject();
        obj["variables"] = new JsonArray(variables.Select(v => (JsonNode?)new JsonObject { ["id"] = v.Name, ["name"] = v.Name, ["typeName"] = v.Type, ["value"] = v.Value }).ToArray());
        return obj.ToJsonString();
    }

    [Fact]
    public async Task Helpers_GeneratedGetterSetterAndGetVariable_ReadAndWriteVariables()
    {
        var json = WithVariables(Wf.Chain("d",
            Wf.Activity("s", "Elsa.SetVariable", ("variable", new JsonObject { ["id"] = "Count", ["name"] = "Count" }), ("value", Wf.Js("getCount() + 1"))),
            Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("setVariable('Name', 'Oss'); getVariable('Count') + ' ' + getName()", "String")))),
            ("Count", "Int32", "41"), ("Name", "String", null));

        Assert.Equal(["42 Oss"], await RunAsync(json));
    }

    [Fact]
    public async Task Helpers_WorkflowInputAndCorrelation_AreAvailable()
    {
        var json = Wf.Chain("d", Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("getBuurt() + '/' + getInput('Buurt') + '/' + getCorrelationId()", "String"))));

        Assert.Equal(["BU08280000/BU08280000/c-1"], await RunAsync(json, new JsonObject { ["Buurt"] = "BU08280000" }, "c-1"));
    }

    [Fact]
    public async Task TemplateLiteral_WithNestedExpression_IsRewrittenForEs5()
    {
        var json = Wf.Chain("d", Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("`a ${1 + 2} b ${'x' + `y${3}`}`", "String"))));

        Assert.Equal(["a 3 b xy3"], await RunAsync(json));
    }

    [Fact]
    public async Task ScriptWithTopLevelReturn_RunsAsFunctionBody()
    {
        var json = Wf.Chain("d", Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("var parts = ['a', 'b'];\nreturn parts.join('-');", "String"))));

        Assert.Equal(["a-b"], await RunAsync(json));
    }

    [Fact]
    public async Task EndlessLoop_Evaluated_FaultsInsteadOfHanging()
    {
        var engine = WorkflowEngine.Create();
        await engine.Definitions.ImportAsync(Wf.Chain("d", Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("while(true){}", "String")))), publish: true);

        var result = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "d" });

        Assert.Equal(WorkflowSubStatus.Faulted, result.SubStatus);
    }
}
