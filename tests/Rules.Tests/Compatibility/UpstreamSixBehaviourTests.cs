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
}
