using Participatie.Rules.Actions;
using Participatie.Rules.Data;
using Participatie.Rules.Engine;
using Participatie.Rules.Model;
using Participatie.Rules.Tests.Support;

namespace Participatie.Rules.Tests.Compatibility;

/// <summary>inline/RulesEngineWithActionsTests.json, Issue711Test.json, plus the C#-only custom-action cases.</summary>
public sealed class ActionsTests
{
    private const string File = "inline/RulesEngineWithActionsTests.json";

    [CorpusFact]
    public void OutputExpression_TwoTimesTwo_OutputFour()
    {
        var result = Support.Corpus.Engine(File).ExecuteActionWorkflow("ActionWorkflow", "ExpressionOutputRuleTest");
        Assert.Equal(4, result.Output);
        Assert.Null(result.Exception);
    }

    [CorpusFact]
    public void OutputExpression_DynamicLinqAnonymousObject_HasField()
    {
        var output = Assert.IsType<DataObject>(Support.Corpus.Engine(File).ExecuteActionWorkflow("ActionWorkflow", "ComplexOutputRuleTest").Output);
        Assert.Equal(2, output["test"]);
    }

    [CorpusFact]
    public void EvaluateRule_OtherRule_OutputFourAndResultsIncludeIt()
    {
        var result = Support.Corpus.Engine(File).ExecuteActionWorkflow("ActionWorkflow", "EvaluateRuleTest");
        Assert.Equal(4, result.Output);
        Assert.Contains(result.Results, r => r.Rule.RuleName == "ExpressionOutputRuleTest");
    }

    [CorpusFact]
    public void ExecuteActionWorkflow_UnknownWorkflowOrRule_ThrowsArgumentException()
    {
        var engine = Support.Corpus.Engine(File);
        Assert.Throws<ArgumentException>(() => engine.ExecuteActionWorkflow("NoSuchWorkflow", "ExpressionOutputRuleTest"));
        Assert.Throws<ArgumentException>(() => engine.ExecuteActionWorkflow("ActionWorkflow", "NoSuchRule"));
    }

    [CorpusFact]
    public void NoAction_Rule_OutputNull()
    {
        Assert.Null(Support.Corpus.Engine(File).ExecuteActionWorkflow("NoActionWorkflow", "NoActionTest").Output);
    }

    [CorpusFact]
    public void EvaluateRule_SameWorkflowWithoutFilter_OutputNullBecauseAdditionalValueUnknown()
    {
        var result = Support.Corpus.Engine(File).ExecuteActionWorkflow("WorkflowWithGlobalsAndSelfRefActions", "RuleReferencingSameWorkflow");
        Assert.Null(result.Output);
    }

    [CorpusFact]
    public void EvaluateRule_EmptyInputFilterAndAdditionalInput_OutputFour()
    {
        var result = Support.Corpus.Engine(File).ExecuteActionWorkflow("WorkflowWithGlobalsAndSelfRefActions", "RuleReferencingSameWorkflowWithInputFilter");
        Assert.Equal(4, result.Output);
    }

    [CorpusFact]
    public void Issue711_CSharpAnonymousObject_ActionExceptionNamesDynamicLinqForm()
    {
        var engine = Support.Corpus.Engine("inline/Issue711Test.json");
        var result = engine.ExecuteActionWorkflow("wf-csharp-anon", "R", new RuleParameter("input1", "CA"));
        Assert.NotNull(result.Exception);
        Assert.Contains("Dynamic.Core", result.Exception!.Message);
        Assert.Contains("as Alias", result.Exception.Message);
    }

    [CorpusFact]
    public void Issue711_DynamicLinqAnonymousObject_OutputWithoutException()
    {
        var engine = Support.Corpus.Engine("inline/Issue711Test.json");
        var result = engine.ExecuteActionWorkflow("wf-dlinq-anon", "R", new RuleParameter("input1", "CA"));
        Assert.Null(result.Exception);
        var output = Assert.IsType<DataObject>(result.Output);
        Assert.Equal("CA", output["State"]);
        Assert.Equal(42, output["CalculatedValue"]);
    }

    private sealed class DoneAction : RuleAction
    {
        public static int Runs;

        public override object? Run(ActionContext context, IReadOnlyList<RuleParameter> parameters)
        {
            Interlocked.Increment(ref Runs);
            return "done";
        }
    }

    private sealed class ThrowingAction : RuleAction
    {
        public override object? Run(ActionContext context, IReadOnlyList<RuleParameter> parameters) => throw new InvalidOperationException("custom failed");
    }

    private static Workflow CustomActionWorkflow(string action) => new()
    {
        WorkflowName = "custom",
        Rules = [new Rule { RuleName = "R", Expression = "1 == 1", Actions = new RuleActions { OnSuccess = new ActionInfo { Name = action } } }],
    };

    // C#-only case (Issue576): a custom action whose Context is null in JSON still runs.
    [Fact]
    public void CustomAction_WithoutContext_Runs()
    {
        var engine = new RuleEngine(new RuleSettings { CustomActions = new Dictionary<string, Func<RuleAction>> { ["Done"] = () => new DoneAction() } });
        var registration = engine.AddOrUpdateFromJson("""{"WorkflowName":"custom","Rules":[{"RuleName":"R","Expression":"1 == 1","Actions":{"OnSuccess":{"Name":"Done","Context":null}}}]}""");
        Assert.True(registration.Succeeded, string.Join("\n", registration.Diagnostics));
        Assert.Equal("done", engine.ExecuteActionWorkflow("custom", "R").Output);
    }

    // C#-only case (Issue596): AutoExecuteActions=false leaves actions to ExecuteActionWorkflow.
    [Fact]
    public void CustomAction_AutoExecuteOff_RunsOnlyWhenAsked()
    {
        var engine = new RuleEngine(new RuleSettings { AutoExecuteActions = false, CustomActions = new Dictionary<string, Func<RuleAction>> { ["Done"] = () => new DoneAction() } });
        Assert.True(engine.AddWorkflow(CustomActionWorkflow("Done")).Succeeded);
        var result = engine.ExecuteAllRules("custom", 1)[0];
        Assert.Null(result.ActionResult);
        Assert.Equal("done", engine.ExecuteActionWorkflow("custom", "R").Output);
    }

    // C#-only case (Issue624): a throwing custom action propagates only when exceptions are not messages.
    [Fact]
    public void CustomAction_Throws_PropagatesOnlyWithoutExceptionAsMessage()
    {
        var actions = new Dictionary<string, Func<RuleAction>> { ["Boom"] = () => new ThrowingAction() };
        var lenient = new RuleEngine(new RuleSettings { CustomActions = actions });
        Assert.True(lenient.AddWorkflow(CustomActionWorkflow("Boom")).Succeeded);
        Assert.NotNull(lenient.ExecuteActionWorkflow("custom", "R").Exception);

        var strict = new RuleEngine(new RuleSettings { CustomActions = actions, EnableExceptionAsErrorMessage = false });
        Assert.True(strict.AddWorkflow(CustomActionWorkflow("Boom")).Succeeded);
        Assert.Throws<InvalidOperationException>(() => strict.ExecuteActionWorkflow("custom", "R"));
    }

    [Fact]
    public void Action_UnknownName_RefusedAtRegistration()
    {
        var result = new RuleEngine().AddWorkflow(CustomActionWorkflow("NoSuchAction"));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, d => d.Code == "RE1111" && d.Message.Contains("NoSuchAction"));
    }

    [Fact]
    public void EvaluateRule_RuleCallingItself_StopsWithDepthMessage()
    {
        var engine = new RuleEngine();
        var json = """
        {"WorkflowName":"loop","Rules":[{"RuleName":"A","Expression":"true",
          "Actions":{"OnSuccess":{"Name":"EvaluateRule","Context":{"workflowName":"loop","ruleName":"A"}}}}]}
        """;
        Assert.True(engine.AddOrUpdateFromJson(json).Succeeded);
        var result = engine.ExecuteActionWorkflow("loop", "A");
        var exception = result.Exception;
        Assert.NotNull(exception);
        Assert.Contains("EvaluateRule", exception!.Message);
    }
}
