using System.Text.Json.Nodes;
using Participatie.Workflows.Expressions;
using Participatie.Workflows.Expressions.JavaScript;
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
    public async Task Helpers_IdsLastResultAndOutputs_AreAvailable()
    {
        var json = Wf.Chain("d",
            Wf.Activity("Calc", "Elsa.RunJavaScript", ("script", Wf.Literal("return 40 + 2;"))),
            Wf.Activity("c", "Elsa.WriteLine", ("text", Wf.Js("setCorrelationId('c-2'); getOutputFromCalc() + '/' + getOutputFrom('Calc', 'Result') + '/' + getLastResult()", "String"))),
            Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("getCorrelationId() + '/' + getWorkflowDefinitionId() + '/' + (getWorkflowInstanceId().length > 0)", "String"))));

        Assert.Equal(["42/42/42", "c-2/d/true"], await RunAsync(json));
    }

    [Fact]
    public async Task TemplateLiteral_WithNestedExpression_EvaluatesNatively()
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

    public static TheoryData<string, string> Es2020Scripts => new()
    {
        { "[1, 2, 3].map(x => x * 2).join(',')", "2,4,6" },
        { "const a = 1;\nlet b = 2;\nb += a;\nb", "3" },
        { "null ?? 'fallback'", "fallback" },
        { "const o = { a: null };\no.a?.b ?? 'none'", "none" },
        { "class Greeter {\n  constructor(name) { this.name = name; }\n  hi() { return `hi ${this.name}`; }\n}\nnew Greeter('Oss').hi()", "hi Oss" },
        { "const xs = [1, 2];\nMath.max(...xs, 3) + ':' + [...xs, 4].length + ':' + Object.keys({ ...{ a: 1 }, b: 2 }).join('')", "3:3:ab" },
        { "const { a, b: [c], ...rest } = { a: 1, b: [2], d: 3, e: 4 };\na + c + Object.keys(rest).length", "5" },
        { "const parts = ['a', 'b'];\nreturn parts.map(p => p.toUpperCase()).join('-');", "A-B" },
    };

    [Theory]
    [MemberData(nameof(Es2020Scripts))]
    public async Task Es2020_Evaluates(string script, string expected)
    {
        var json = Wf.Chain("d", Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js(script, "String"))));

        Assert.Equal([expected], await RunAsync(json));
    }

    [Theory]
    [MemberData(nameof(Es2020Scripts))]
    public void Es2020_Validates(string script, string expected)
    {
        _ = expected;
        var diagnostics = new JavaScriptExpressionEvaluator().Validate(script, new ExpressionValidationContext([], [], typeof(string)));

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("'a-b-c'.replace(/-/g, '+')", "a+b+c")]
    [InlineData("'abc'.replace('b', '[$&]')", "a[b]c")]
    [InlineData("'2026-03-02'.replace(/(\\d+)-(\\d+)-(\\d+)/, '$3.$2.$1')", "02.03.2026")]
    [InlineData("'abc'.replace(/b/, m => m.toUpperCase())", "aBc")]
    [InlineData("'aaa'.replaceAll('a', 'b') + 'a.a'.replaceAll(/\\./g, '$$')", "bbba$a")]
    [InlineData("const r = /a/y;\nr.lastIndex = 1;\n'ba'.replace(r, 'c') + r.lastIndex", "bc2")]
    [InlineData("('x'.repeat(1000000) + 'needle').replace('needle', 'y'.repeat(100)).length", "1000100")]
    [InlineData("const r = /n/y;\nr.lastIndex = 1000000;\n('x'.repeat(1000000) + 'n').replace(r, 'y'.repeat(100)).length + ':' + r.lastIndex", "1000100:1000001")]
    [InlineData("'x'.repeat(3) + String.prototype.repeat.call(5, 2) + 'ab'.repeat(0)", "xxx55")]
    [InlineData("const d = Object.getOwnPropertyDescriptor(String.prototype, 'replace');\n[d.enumerable, d.writable, ''.replace.length, ''.replace.name].join()", "false,true,2,replace")]
    public async Task GuardedStringBuiltIns_BehaveAsTheOriginals(string script, string expected)
    {
        var result = await new JavaScriptExpressionEvaluator().EvaluateAsync(script, new TestExpressionContext(), default);

        Assert.Equal(expected, result!.ToString());
    }

    [Fact]
    public async Task NoDotNetAccess_OnlyTheHelpersAreThere()
    {
        var json = Wf.Chain("d", Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("[typeof System, typeof importNamespace, typeof clr, typeof require].join(',')", "String"))));

        Assert.Equal(["undefined,undefined,undefined,undefined"], await RunAsync(json));
    }

    [Fact]
    public async Task Date_ReadsTheEngineClock()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        await engine.Definitions.ImportAsync(Wf.Chain("d", Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("new Date().toISOString() + ' ' + Date.now()", "String")))), publish: true);
        var start = stores.Clock.GetUtcNow();

        await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "d" });
        stores.Clock.Advance(TimeSpan.FromDays(400));
        await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "d" });

        var later = start.AddDays(400);
        Assert.Equal(
            [$"{start:yyyy-MM-dd'T'HH:mm:ss.fff'Z'} {start.ToUnixTimeMilliseconds()}", $"{later:yyyy-MM-dd'T'HH:mm:ss.fff'Z'} {later.ToUnixTimeMilliseconds()}"],
            stores.Lines);
    }

    [Fact]
    public async Task Date_LocalFieldsFollowTheClocksTimeZone()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 7, 1, 12, 30, 0, TimeSpan.Zero));
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), clock.LocalTimeZone);

        var result = await new JavaScriptExpressionEvaluator().EvaluateAsync("const d = new Date();\n[d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()].join('-')", new TestExpressionContext(clock), default);

        Assert.Equal($"{local.Year}-{local.Month}-{local.Day}-{local.Hour}-{local.Minute}", result!.GetValue<string>());
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
