using Participatie.Rules.Engine;
using Participatie.Rules.Loading;
using Participatie.Rules.Model;
using Participatie.Rules.Tests.Support;

namespace Participatie.Rules.Tests.Compatibility;

/// <summary>inline/ScopedParamsTest.json (upstream ScopedParamsTest.cs).</summary>
public sealed class ScopedParamsTests
{
    private const string File = "inline/ScopedParamsTest.json";

    private static readonly object Input = new { trueValue = true, falseValue = false };

    public sealed class RuleTestClass
    {
        public string? Country { get; set; }
    }

    public sealed class MyObject
    {
        public string Name { get; set; } = "x";

        public int Count { get; set; }
    }

    [CorpusTheory]
    [InlineData("NoLocalAndGlobalParams")]
    [InlineData("LocalParamsOnly")]
    [InlineData("GlobalParamsOnly")]
    [InlineData("GlobalAndLocalParams")]
    [InlineData("GlobalParamReferencedInLocalParams")]
    [InlineData("GlobalParamReferencedInNextGlobalParams")]
    [InlineData("LocalParamReferencedInNextLocalParams")]
    [InlineData("GlobalParamAndLocalParamsInNestedRules")]
    public void Workflow_DefaultSettings_AllRulesTrueAndInputsListParams(string workflowName)
    {
        var engine = Support.Corpus.Engine(File);
        var workflow = RuleSetLoader.LoadFile(Support.Corpus.PathOf(File)).Workflows.Single(w => w.WorkflowName == workflowName);
        var results = engine.ExecuteAllRules(workflowName, Input);
        Assert.All(results, r => Assert.True(r.IsSuccess, r.ExceptionMessage));
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            Assert.True(result.Inputs.ContainsKey("input1"));
            foreach (var global in workflow.GlobalParams ?? [])
            {
                Assert.True(result.Inputs.ContainsKey(global.Name));
            }
            foreach (var local in workflow.Rules[i].LocalParams ?? [])
            {
                Assert.True(result.Inputs.ContainsKey(local.Name));
                foreach (var child in result.ChildResults ?? [])
                {
                    Assert.True(child.Inputs.ContainsKey(local.Name));
                }
            }
        }
    }

    [CorpusTheory]
    [InlineData("GlobalParamsOnly", new[] { false })]
    [InlineData("LocalParamsOnly", new[] { false, true })]
    [InlineData("GlobalAndLocalParams", new[] { false })]
    public void Workflow_ScopedParamsDisabled_ParamsAreUnknown(string workflowName, bool[] expected)
    {
        var engine = Support.Corpus.Engine(File, new RuleSettings { EnableScopedParams = false });
        var results = engine.ExecuteAllRules(workflowName, Input);
        Assert.Equal(expected, results.Select(r => r.IsSuccess));
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.StartsWith("Exception while parsing expression", r.ExceptionMessage));
    }

    [CorpusTheory]
    [InlineData("GlobalParamsOnly")]
    [InlineData("LocalParamsOnly2")]
    [InlineData("GlobalParamsOnlyWithComplexInput")]
    public void Workflow_EmptyAnonymousInput_CompileErrorInParams(string workflowName)
    {
        var results = Support.Corpus.Engine(File).ExecuteAllRules(workflowName, new { });
        Assert.All(results, r =>
        {
            Assert.False(r.IsSuccess);
            Assert.StartsWith("Error while compiling rule", r.ExceptionMessage);
        });
    }

    [CorpusTheory]
    [InlineData("GlobalParamsOnlyWithComplexInput")]
    [InlineData("LocalParamsOnlyWithComplexInput")]
    public void Workflow_NullCountry_RuntimeErrorInParams(string workflowName)
    {
        var results = Support.Corpus.Engine(File).ExecuteAllRules(workflowName, new RuleTestClass { Country = null });
        Assert.NotEmpty(results);
        Assert.All(results, r =>
        {
            Assert.False(r.IsSuccess);
            Assert.StartsWith("Error while executing scoped params for rule", r.ExceptionMessage);
        });
    }

    [CorpusTheory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void LocalParamCorrectAnswer_CountWithinThreshold_MatchesUpstream(int count, bool expected)
    {
        var engine = Support.Corpus.Engine(File, new RuleSettings { CustomTypes = [] });
        var result = engine.ExecuteAllRules("LocalParam_CorrectAnswer", new RuleParameter("myObj", new MyObject { Count = count }))[0];
        Assert.Equal(expected, result.IsSuccess);
    }

    [CorpusFact]
    public void Workflow_UpdatedGlobalParamToFalse_AllRulesFalse()
    {
        var engine = Support.Corpus.Engine(File);
        var workflow = RuleSetLoader.LoadFile(Support.Corpus.PathOf(File)).Workflows.Single(w => w.WorkflowName == "GlobalAndLocalParams");
        Assert.True(engine.RemoveWorkflow("GlobalAndLocalParams"));
        var globals = workflow.GlobalParams!.ToList();
        globals[0] = globals[0] with { Expression = "true == false" };
        Assert.True(engine.AddWorkflow(workflow with { GlobalParams = globals }).Succeeded);
        Assert.All(engine.ExecuteAllRules("GlobalAndLocalParams", Input), r => Assert.False(r.IsSuccess));
    }
}
