using Participatie.Rules.Data;
using Participatie.Rules.Engine;
using Participatie.Rules.Loading;
using Participatie.Rules.Model;

namespace Participatie.Rules.Tests.Compatibility;

/// <summary>
/// Behaviour of RulesEngine 6.0.1 found by running both engines side by side (tests/Rules.Differential.Tests),
/// pinned here so it stays without the oracle.
/// </summary>
public sealed class UpstreamSixBehaviourTests
{
    private static RuleEngine Engine(string json, RuleSettings? settings = null)
    {
        var document = RuleSetLoader.Parse(json);
        Assert.False(document.HasErrors, string.Join("\n", document.Diagnostics));
        var engine = new RuleEngine(settings);
        var registration = engine.AddWorkflow(document.Workflows.ToArray());
        Assert.True(registration.Succeeded, string.Join("\n", registration.Diagnostics));
        return engine;
    }

    [Fact]
    public void FailingAnd_GlobalParamsDoNotCompile_ChildResultsNull()
    {
        var engine = Engine("""
            {"WorkflowName":"w","GlobalParams":[{"Name":"kapot","Expression":"input1.a +"}],"Rules":[
              {"RuleName":"en","Operator":"And","Rules":[{"RuleName":"kind","Expression":"true"}]}]}
            """);
        var result = engine.ExecuteAllRules("w", DataValues.FromJson("""{"a":1}"""))[0];
        Assert.False(result.IsSuccess);
        Assert.StartsWith("Error while compiling rule `en`: ", result.ExceptionMessage, StringComparison.Ordinal);
        Assert.Null(result.ChildResults);
    }

    [Fact]
    public void FailingAnd_LocalParamThrows_ChildResultsNull()
    {
        var engine = Engine("""
            {"WorkflowName":"w","Rules":[
              {"RuleName":"en","Operator":"And","LocalParams":[{"Name":"d","Expression":"1 / input1.nul"}],"Rules":[{"RuleName":"kind","Expression":"true"}]}]}
            """);
        var result = engine.ExecuteAllRules("w", DataValues.FromJson("""{"nul":0}"""))[0];
        Assert.StartsWith("Error while executing scoped params for rule `en` - ", result.ExceptionMessage, StringComparison.Ordinal);
        Assert.Null(result.ChildResults);
    }

    [Fact]
    public void And_NoEnabledChildren_FalseWithEmptyChildResults()
    {
        var engine = Engine("""{"WorkflowName":"w","Rules":[{"RuleName":"en","Operator":"And","Rules":[{"RuleName":"uit","Expression":"true","Enabled":false}]}]}""");
        var result = engine.ExecuteAllRules("w", 1)[0];
        Assert.False(result.IsSuccess);
        Assert.Empty(result.ChildResults!);
    }

    [Fact]
    public void InputNamedLikeGlobalParam_EveryRuleFailsWithScopedParamsPrefix()
    {
        var engine = Engine("""{"WorkflowName":"w","GlobalParams":[{"Name":"foo","Expression":"99"}],"Rules":[{"RuleName":"R","Expression":"foo == 99"},{"RuleName":"S","Expression":"true"}]}""");
        var results = engine.ExecuteAllRules("w", new RuleParameter("foo", 42));
        Assert.All(results, r =>
        {
            Assert.False(r.IsSuccess);
            Assert.StartsWith($"Error while executing scoped params for rule `{r.Rule.RuleName}` - ", r.ExceptionMessage, StringComparison.Ordinal);
            Assert.Contains("collides with", r.ExceptionMessage, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void InputNamedLikeGlobalParamInOtherCase_NoCollision()
    {
        // upstream compares the names ordinally; the exact name then wins when an expression uses it
        var engine = Engine("""{"WorkflowName":"w","GlobalParams":[{"Name":"Foo","Expression":"99"}],"Rules":[{"RuleName":"R","Expression":"foo == 42 && Foo == 99"}]}""");
        Assert.True(engine.ExecuteAllRules("w", new RuleParameter("foo", 42))[0].IsSuccess);
    }

    [Fact]
    public void LocalParamNamedLikeInput_OnlyThatRuleFailsAsExecutionError()
    {
        var engine = Engine("""
            {"WorkflowName":"w","Rules":[
              {"RuleName":"dubbel","Expression":"input1 == 1","LocalParams":[{"Name":"input1","Expression":"2"}]},
              {"RuleName":"gewoon","Expression":"input1 == 1"}]}
            """);
        var results = engine.ExecuteAllRules("w", 1);
        Assert.False(results[0].IsSuccess);
        Assert.StartsWith("Error while executing rule : dubbel - De naam 'input1' komt twee keer voor (duplicate)", results[0].ExceptionMessage, StringComparison.Ordinal);
        Assert.True(results[1].IsSuccess, results[1].ExceptionMessage);
    }

    [Fact]
    public void ChildLocalParamNamedLikeParentLocal_ChildFailsParentFalseWithoutMessage()
    {
        var engine = Engine("""
            {"WorkflowName":"w","Rules":[
              {"RuleName":"ouder","Operator":"And","LocalParams":[{"Name":"x","Expression":"1"}],"Rules":[
                {"RuleName":"kind","Expression":"x == 2","LocalParams":[{"Name":"x","Expression":"2"}]}]}]}
            """);
        var result = engine.ExecuteAllRules("w", 1)[0];
        Assert.False(result.IsSuccess);
        Assert.Equal(string.Empty, result.ExceptionMessage);
        var child = Assert.Single(result.ChildResults!);
        Assert.StartsWith("Error while executing rule : kind - De naam 'x' komt twee keer voor", child.ExceptionMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalParamNamedLikeGlobal_CheckerRefusesTheFile()
    {
        var document = RuleSetLoader.Parse("""{"WorkflowName":"w","GlobalParams":[{"Name":"g","Expression":"1"}],"Rules":[{"RuleName":"R","Expression":"g == 1","LocalParams":[{"Name":"g","Expression":"2"}]}]}""");
        var problems = RuleSetChecker.Check(document);
        var error = Assert.Single(problems, d => d.IsError);
        Assert.Equal("RE1108", error.Code);
        Assert.Equal("R", error.Location!.Rule);
    }

    [Fact]
    public void ParseErrorWithExceptionsThrown_RuleExceptionWordedAsCompileError()
    {
        var engine = Engine("""{"WorkflowName":"w","Rules":[{"RuleName":"R","Expression":"input1.Bestaatniet == 1"}]}""", new RuleSettings { EnableExceptionAsErrorMessage = false });
        var exception = Assert.Throws<RuleException>(() => engine.ExecuteAllRules("w", DataValues.FromJson("""{"a":1}""")));
        Assert.StartsWith("Error while compiling rule `R`: ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExecuteActionWorkflow_EvaluateRule_InnerResultsFirstOwnResultLastActionNotOnTree()
    {
        var engine = Engine("""
            {"WorkflowName":"w","Rules":[
              {"RuleName":"buiten","Expression":"true","Actions":{"OnSuccess":{"Name":"EvaluateRule","Context":{"workflowName":"w","ruleName":"binnen"}}}},
              {"RuleName":"binnen","Expression":"true","Actions":{"OnSuccess":{"Name":"OutputExpression","Context":{"expression":"2 * 2"}}}}]}
            """);
        var result = engine.ExecuteActionWorkflow("w", "buiten");
        Assert.Equal(4, result.Output);
        Assert.Equal(["binnen", "buiten"], result.Results.Select(r => r.Rule.RuleName));
        Assert.All(result.Results, r => Assert.Null(r.ActionResult));
    }

    // ---------------------------------------------------------------- members a JSON input does not have

    [Theory]
    [InlineData("aanvraag.Optioneel == null", true)]
    [InlineData("aanvraag.Optioneel != null", false)]
    [InlineData("null == aanvraag.Optioneel", true)]
    [InlineData("aanvraag.Optioneel == \"x\"", false)]
    [InlineData("aanvraag.Adres.Huisnummer == null", true)]
    [InlineData("aanvraag[\"Optioneel\"] == null", true)]
    [InlineData("aanvraag.Optioneel == null && aanvraag.Bedrag > 10", true)]
    [InlineData("(\"a\" + aanvraag.Optioneel) == \"a\"", true)]
    public void AbsentJsonMember_ComparedWithNull_IsNull(string expression, bool expected)
    {
        var engine = Engine($$"""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"{{expression.Replace("\"", "\\\"")}}"}]}""");
        var result = engine.ExecuteAllRules("w", new RuleParameter("aanvraag", DataValues.FromJson("""{"Bedrag":20,"Adres":{"Straat":"Dorpsstraat"}}""")))[0];
        Assert.Equal(string.Empty, result.ExceptionMessage);
        Assert.Equal(expected, result.IsSuccess);
    }

    [Theory]
    [InlineData("aanvraag.Bedrg > 10")]
    [InlineData("aanvraag.Bedrg == 10")]
    [InlineData("aanvraag.Bedrg + 1 == 2")]
    [InlineData("aanvraag.Actief")]
    [InlineData("!aanvraag.Actief")]
    public void AbsentJsonMember_UsedAsValue_RefusedLikeUpstream(string expression)
    {
        var engine = Engine($$"""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"{{expression}}"}]}""");
        var result = engine.ExecuteAllRules("w", new RuleParameter("aanvraag", DataValues.FromJson("""{"Bedrag":20}""")))[0];
        Assert.False(result.IsSuccess);
        Assert.StartsWith("Exception while parsing expression", result.ExceptionMessage, StringComparison.Ordinal);
        Assert.Contains("niet bestaat", result.ExceptionMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AbsentJsonMember_MethodOfIt_RefusedLikeUpstream()
    {
        var engine = Engine("""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"aanvraag.Naam.Contains(\"x\")"}]}""");
        var result = engine.ExecuteAllRules("w", new RuleParameter("aanvraag", DataValues.FromJson("""{"Bedrag":20}""")))[0];
        Assert.False(result.IsSuccess);
        Assert.StartsWith("Exception while parsing expression", result.ExceptionMessage, StringComparison.Ordinal);
        Assert.Contains("Het veld 'Naam' bestaat niet in deze invoer", result.ExceptionMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AbsentJsonMember_MemberOfIt_FailsWhenRun()
    {
        var engine = Engine("""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"aanvraag.Adres.Straat == null"}]}""");
        var result = engine.ExecuteAllRules("w", new RuleParameter("aanvraag", DataValues.FromJson("""{"Bedrag":20}""")))[0];
        Assert.False(result.IsSuccess);
        Assert.StartsWith("Error while executing rule : r - ", result.ExceptionMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AbsentJsonMember_OutputExpression_GivesNull()
    {
        var engine = Engine("""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"true","Actions":{"OnSuccess":{"Name":"OutputExpression","Context":{"expression":"aanvraag.Optioneel"}}}}]}""");
        var result = engine.ExecuteAllRules("w", new RuleParameter("aanvraag", DataValues.FromJson("""{"Bedrag":20}""")))[0];
        Assert.NotNull(result.ActionResult);
        Assert.Null(result.ActionResult!.Exception);
        Assert.Null(result.ActionResult.Output);
    }

    // ---------------------------------------------------------------- HasValue on JSON values

    [Theory]
    [InlineData("""{"n":null}""", "input1.n.HasValue", false)]
    [InlineData("""{"n":null}""", "!input1.n.HasValue", true)]
    [InlineData("""{"n":3}""", "input1.n.HasValue", true)]
    [InlineData("""{"n":3}""", "input1.n.HasValue && input1.n.Value == 3", true)]
    [InlineData("""{"n":"x"}""", "input1.n.HasValue", true)]
    [InlineData("""{}""", "input1.n.HasValue", false)]
    [InlineData("""{"n":{"a":1}}""", "input1.n.HasValue", true)]
    public void HasValue_OnJsonValue_TellsWhetherThereIsOne(string json, string expression, bool expected)
    {
        var engine = Engine($$"""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"{{expression}}"}]}""");
        var result = engine.ExecuteAllRules("w", DataValues.FromJson(json))[0];
        Assert.Equal(string.Empty, result.ExceptionMessage);
        Assert.Equal(expected, result.IsSuccess);
    }

    [Fact]
    public void Value_OnJsonNull_FailsWithExplanation()
    {
        var engine = Engine("""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"input1.n.Value == 3"}]}""");
        var result = engine.ExecuteAllRules("w", DataValues.FromJson("""{"n":null}"""))[0];
        Assert.False(result.IsSuccess);
        Assert.StartsWith("Error while executing rule : r - ", result.ExceptionMessage, StringComparison.Ordinal);
        Assert.Contains(".HasValue", result.ExceptionMessage, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- ErrorMessage placeholders (6.x)

    private static string Message(string errorMessage, string json)
    {
        var engine = Engine($$"""{"WorkflowName":"w","Rules":[{"RuleName":"r","Expression":"false","ErrorMessage":"{{errorMessage.Replace("\"", "\\\"")}}"}]}""");
        return engine.ExecuteAllRules("w", DataValues.FromJson(json))[0].ExceptionMessage.ReplaceLineEndings("\n");
    }

    [Theory]
    [InlineData("$(input1.Inner.Name)", """{"Inner":{"Other":1}}""", "$(input1.Inner.Name)")]
    [InlineData("$(input1.Onbekend)", """{"a":1}""", "$(input1.Onbekend)")]
    [InlineData("$(input9)", """{"a":1}""", "$(input9)")]
    [InlineData("$(input9.a)", """{"a":1}""", "$(input9.a)")]
    public void Placeholder_UnknownInputOrField_LeftAsWritten(string errorMessage, string json, string expected) =>
        Assert.Equal(expected, Message(errorMessage, json));

    [Theory]
    [InlineData("$(input1.a)", "3")]
    [InlineData("$(input1.A)", "$(input1.A)")]
    [InlineData("$(Input1.a)", "$(Input1.a)")]
    [InlineData("$(INPUT1)", "$(INPUT1)")]
    public void Placeholder_NamesMatchExactly(string errorMessage, string expected) =>
        Assert.Equal(expected, Message(errorMessage, """{"a":3}"""));

    [Fact]
    public void Placeholder_NullField_LeftAsWritten() =>
        Assert.Equal("n=$(input1.n)", Message("n=$(input1.n)", """{"n":null}"""));

    [Fact]
    public void Placeholder_ListsAndRecords_IndentedJson() =>
        Assert.Equal("[\n  1,\n  2\n] {\n  \"x\": 1,\n  \"y\": \"z\"\n}", Message("$(input1.arr) $(input1.obj)", """{"arr":[1,2],"obj":{"x":1,"y":"z"}}"""));

    [Fact]
    public void Placeholder_ScalarsAndWholeInput_AsUpstream() =>
        Assert.Equal("""3 1.5 true tekst {"a":3,"f":1.5,"b":true,"s":"tekst"}""", Message("$(input1.a) $(input1.f) $(input1.b) $(input1.s) $(input1)", """{"a":3,"f":1.5,"b":true,"s":"tekst"}"""));

    [Fact]
    public void Placeholder_SpacesInside_NotTrimmed() =>
        Assert.Equal("$( input1.a )", Message("$( input1.a )", """{"a":3}"""));

    [Theory]
    [InlineData("-0.3")]
    [InlineData("0.1")]
    [InlineData("123456789.123456789")]
    [InlineData("1e21")]
    [InlineData("1.5e-7")]
    [InlineData("-9007199254740993")]
    [InlineData("0.30000000000000004")]
    public void Placeholder_Number_PrintedAsItsJson(string number)
    {
        var input = DataValues.FromJson($$"""{"n":{{number}}}""");
        var value = ((DataObject)input!)["n"];
        Assert.Equal($"n={DataValues.ToJson(value)} en $(x", Message("n=$(input1.n) en $(x", $$"""{"n":{{number}}}"""));
    }

    [Fact]
    public void Placeholder_NestedDollar_UpToFirstParenthesis() =>
        Assert.Equal("a $($(input1.a) b 3", Message("a $($(input1.a) b $(input1.a)", """{"a":3}"""));
}
