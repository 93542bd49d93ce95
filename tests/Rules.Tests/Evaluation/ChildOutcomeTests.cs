using System.Text;
using Participatie.Rules.Data;
using Participatie.Rules.Engine;

namespace Participatie.Rules.Tests.Evaluation;

/// <summary>
/// Child outcomes are recorded compactly while a workflow runs (bits for children that only succeed or fail, a list once one
/// has more to tell, or beyond 64 children); the result trees read back must be the same whichever form was used.
/// </summary>
public sealed class ChildOutcomeTests
{
    private static IReadOnlyList<RuleResultTree> Run(int children, Func<int, string> expression, NestedRuleExecutionMode mode = NestedRuleExecutionMode.All)
    {
        var json = new StringBuilder("""{"WorkflowName":"w","Rules":[{"RuleName":"top","Operator":"Or","Rules":[""");
        for (var i = 0; i < children; i++)
        {
            json.Append(i > 0 ? "," : "").Append($$"""{"RuleName":"c{{i}}","Expression":"{{expression(i)}}","ErrorMessage":"c{{i}} faalt bij $(input1.a)"}""");
        }
        json.Append("]}]}");
        var engine = new RuleEngine(new RuleSettings { NestedRuleExecutionMode = mode });
        Assert.True(engine.AddWorkflow(Loading.RuleSetLoader.Parse(json.ToString()).Workflows.ToArray()).Succeeded);
        return engine.ExecuteAllRules("w", DataValues.FromJson("""{"a":3}"""));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(130)]
    public void ManyLeafChildren_EachOutcomeReadBack(int count)
    {
        var top = Run(count, i => i % 3 == 0 ? "true" : "false")[0];
        var children = top.ChildResults!;
        Assert.Equal(count, children.Count);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(i % 3 == 0, children[i].IsSuccess);
            Assert.Equal(i % 3 == 0 ? "" : $"c{i} faalt bij 3", children[i].ExceptionMessage);
            Assert.Null(children[i].ChildResults);
        }
    }

    [Fact]
    public void ChildWithErrorAfterPlainOnes_EarlierOutcomesKept()
    {
        var children = Run(10, i => i == 6 ? "input1.a / 0 == 1" : i % 2 == 0 ? "true" : "false")[0].ChildResults!;
        Assert.Equal([true, false, true, false, true, false, false, false, true, false], children.Select(c => c.IsSuccess));
        Assert.StartsWith("Error while executing rule : c6 - ", children[6].ExceptionMessage, StringComparison.Ordinal);
        Assert.Equal("c5 faalt bij 3", children[5].ExceptionMessage);
    }

    [Fact]
    public void PerformanceMode_StopsAtDecidingChild()
    {
        var top = Run(70, i => i == 66 ? "true" : "false", NestedRuleExecutionMode.Performance)[0];
        Assert.True(top.IsSuccess);
        Assert.Equal(67, top.ChildResults!.Count);
        Assert.True(top.ChildResults[66].IsSuccess);
        Assert.False(top.ChildResults[65].IsSuccess);
    }
}
