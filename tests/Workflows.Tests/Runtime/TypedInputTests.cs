using System.Text.Json.Nodes;
using Participatie.Workflows.Expressions;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Tests.Support;

namespace Participatie.Workflows.Tests.Runtime;

/// <summary>Inputs reach expressions as the type the workflow declares, as in Elsa: a Literal "4" bound to an Int32 input is 4.</summary>
public sealed class TypedInputTests
{
    [Fact]
    public async Task AWorkflowUsedAsActivity_GetsItsInputsAsDeclared_SoNumbersAdd()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        var inputs = new JsonArray(
            new JsonObject { ["name"] = "A", ["type"] = "Int32" },
            new JsonObject { ["name"] = "B", ["type"] = "Int32" });
        await engine.Definitions.ImportAsync(Wf.Flowchart("optellen",
            [Wf.Activity("som", "Elsa.WriteLine", ("text", Wf.Js("getA() + getB()", "String")))],
            inputs: inputs, name: "Optellen", usableAsActivity: true), publish: true);
        await engine.Definitions.ImportAsync(Wf.Chain("ouder",
            Wf.Activity("tel", "Optellen", ("A", Wf.Literal("4")), ("B", Wf.Literal("5")))), publish: true);

        await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "ouder" });

        Assert.Equal(["9"], stores.Lines);
    }

    [Fact]
    public async Task StartInput_IsConvertedToTheDeclaredTypes()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        var inputs = new JsonArray(
            new JsonObject { ["name"] = "Aantal", ["type"] = "Int32" },
            new JsonObject { ["name"] = "Akkoord", ["type"] = "Boolean" },
            new JsonObject { ["name"] = "Codes", ["type"] = "String", ["isArray"] = true },
            new JsonObject { ["name"] = "Adres", ["type"] = "Object" });
        await engine.Definitions.ImportAsync(Wf.Flowchart("typen",
            [Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js(
                "[typeof getAantal(), getAantal() + 1, typeof getAkkoord(), getCodes().length, getAdres().straat].join('|')", "String")))],
            inputs: inputs), publish: true);

        await engine.Runtime.StartAsync(new StartWorkflowRequest
        {
            DefinitionId = "typen",
            Input = new JsonObject { ["Aantal"] = "41", ["Akkoord"] = "true", ["Codes"] = "[\"a\",\"b\"]", ["Adres"] = "{\"straat\":\"Dorpsstraat\"}" },
        });

        Assert.Equal(["number|42|boolean|2|Dorpsstraat"], stores.Lines);
    }

    [Theory]
    [InlineData("Int32", "\"4\"", "4")]
    [InlineData("Int64", "4.0", "4")]
    [InlineData("Int16", "\"-7\"", "-7")]
    [InlineData("Byte", "\"255\"", "255")]
    [InlineData("Double", "\"2.5\"", "2.5")]
    [InlineData("Decimal", "\"1e2\"", "100")]
    [InlineData("Single", "\"0.25\"", "0.25")]
    [InlineData("Boolean", "\"true\"", "true")]
    [InlineData("Boolean", "\"0\"", "false")]
    [InlineData("String", "4", "\"4\"")]
    [InlineData("String", "true", "\"True\"")]
    [InlineData("Object", "\"{\\\"a\\\":1}\"", "{\"a\":1}")]
    [InlineData("Int32[]", "\"[\\\"1\\\",\\\"2\\\"]\"", "[1,2]")]
    [InlineData("List<Boolean>", "[\"true\",\"false\"]", "[true,false]")]
    [InlineData("Int32", "\"vier\"", "\"vier\"")]
    [InlineData("Int32", "\"\"", "null")]
    public void EveryPrimitiveType_IsConverted(string type, string json, string expected)
    {
        var converted = ValueConverter.Coerce(JsonNode.Parse(json), type);

        Assert.Equal(expected, converted?.ToJsonString() ?? "null");
    }
}
