using Participatie.Rules.Data;
using Participatie.Rules.Engine;
using Participatie.Rules.Tests.Support;

namespace Participatie.Rules.Tests.Compatibility;

/// <summary>inline/NestedRulesTest.json, RulesEnabledTests.json and CaseSensitiveTests.json.</summary>
public sealed class NestedAndEnabledRulesTests
{
    private static object Expando() => DataValues.FromDictionary(new Dictionary<string, object?> { ["trueValue"] = true });

    [CorpusTheory]
    [InlineData(NestedRuleExecutionMode.All)]
    [InlineData(NestedRuleExecutionMode.Performance)]
    public void NestedRules_BothModes_AndFalseOrTrue(NestedRuleExecutionMode mode)
    {
        var engine = Support.Corpus.Engine("inline/NestedRulesTest.json", new RuleSettings { NestedRuleExecutionMode = mode });
        var results = engine.ExecuteAllRules("NestedRulesTest", Expando());
        Assert.Equal(4, results.Count);
        foreach (var result in results)
        {
            var isOr = result.Rule.Operator == "Or";
            Assert.Equal(isOr, result.IsSuccess);
            var children = result.ChildResults!;
            if (mode == NestedRuleExecutionMode.All)
            {
                Assert.Equal(result.Rule.Rules!.Count, children.Count);
            }
            else
            {
                Assert.Equal(result.IsSuccess, children[^1].IsSuccess);
                Assert.Single(children, c => c.IsSuccess == result.IsSuccess);
                Assert.All(children.Take(children.Count - 1), c => Assert.Equal(!isOr, c.IsSuccess));
            }
        }
    }

    [CorpusFact]
    public void NestedRulesActions_FailedAnd_OutputsOfParentAndChildrenTrue()
    {
        var engine = Support.Corpus.Engine("inline/NestedRulesTest.json");
        var result = engine.ExecuteAllRules("NestedRulesActionsTest", Expando())[0];
        Assert.False(result.IsSuccess);
        Assert.Equal(true, result.ActionResult!.Output);
        Assert.All(result.ChildResults!, c => Assert.Equal(true, c.ActionResult!.Output));
    }

    [CorpusFact]
    public void RulesEnabled_FlatWorkflow_DisabledRuleOmitted()
    {
        var engine = Support.Corpus.Engine("inline/RulesEnabledTests.json", new RuleSettings { EnableExceptionAsErrorMessage = false });
        var results = engine.ExecuteAllRules("RuleEnabledFeatureTest", new { TrueValue = true });
        Assert.Equal([true, true], results.Select(r => r.IsSuccess));
        Assert.All(results, r => Assert.True(r.Rule.Enabled));
    }

    [CorpusFact]
    public void RulesEnabled_NestedWorkflow_DisabledParentOmittedAllDisabledChildrenFalse()
    {
        var engine = Support.Corpus.Engine("inline/RulesEnabledTests.json", new RuleSettings { EnableExceptionAsErrorMessage = false });
        var results = engine.ExecuteAllRules("RuleEnabledNestedFeatureTest", new { TrueValue = true });
        Assert.Equal(["RuleWithoutEnabledFieldMentioned", "RuleWithOneChildSetToFalse", "RuleWithAllChildSetToFalse"], results.Select(r => r.Rule.RuleName));
        Assert.Equal([true, true, false], results.Select(r => r.IsSuccess));
        Assert.Single(results[1].ChildResults!);
        Assert.All(results.SelectMany(r => r.ChildResults ?? []).Append(results[0]), r => Assert.True(r.Rule.Enabled));
    }

    [CorpusFact]
    public void RulesEnabled_FirstRuleDisabledAndReAdded_NoLongerAppears()
    {
        var engine = Support.Corpus.Engine("inline/RulesEnabledTests.json");
        var workflow = Loading.RuleSetLoader.LoadFile(Support.Corpus.PathOf("inline/RulesEnabledTests.json")).Workflows[0];
        var rules = workflow.Rules.ToList();
        rules[0] = rules[0] with { Enabled = false };
        Assert.True(engine.AddOrUpdateWorkflow(workflow with { Rules = rules }).Succeeded);
        var results = engine.ExecuteAllRules("RuleEnabledFeatureTest", new { TrueValue = true });
        Assert.DoesNotContain(results, r => r.Rule.RuleName == rules[0].RuleName);
    }

    [CorpusTheory]
    [InlineData(true, new[] { true, false })]
    [InlineData(false, new[] { true, true })]
    public void CaseSensitivity_Setting_ControlsIdentifierLookup(bool caseSensitive, bool[] expected)
    {
        var engine = Support.Corpus.Engine("inline/CaseSensitiveTests.json", new RuleSettings { IsExpressionCaseSensitive = caseSensitive });
        Assert.Equal(expected, engine.ExecuteAllRules("CaseSensitivityTest", "hello").Select(r => r.IsSuccess));
    }
}
