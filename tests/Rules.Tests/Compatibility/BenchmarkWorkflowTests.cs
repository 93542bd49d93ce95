using Participatie.Rules.Data;
using Participatie.Rules.Tests.Support;

namespace Participatie.Rules.Tests.Compatibility;

/// <summary>benchmark-workflows/Discount.json and NestedInputDemo.json.</summary>
public sealed class BenchmarkWorkflowTests
{
    [CorpusFact]
    public void Discount_DemoInputs_Only25Succeeds()
    {
        var engine = Support.Corpus.Engine("benchmark-workflows/Discount.json");
        var inputs = new[] { "input1", "input2", "input3" }.Select(n => Support.Corpus.Input("inputs/demo.JSONDemo.inputs.json", n)).ToArray();
        var results = engine.ExecuteAllRules("Discount", inputs);
        Assert.Equal([false, false, true, false, false, false], results.Select(r => r.IsSuccess));
        Assert.Equal([false, false], results[4].ChildResults!.Select(c => c.IsSuccess));
        Assert.Equal([false, false, false], results[5].ChildResults!.Select(c => c.IsSuccess));
        Assert.Equal("25", results.First(r => r.IsSuccess).Rule.SuccessEvent);
    }

    [CorpusTheory]
    [InlineData("NestedInputDemoWorkflow1")]
    [InlineData("NestedInputDemoWorkflow2")]
    [InlineData("NestedInputDemoWorkflow3")]
    public void NestedInputDemo_BomFileNestedAccess_True(string workflow)
    {
        var engine = Support.Corpus.Engine("benchmark-workflows/NestedInputDemo.json");
        var input = Support.Corpus.Input("inputs/nestedInput.json", "input1");
        var result = Assert.Single(engine.ExecuteAllRules(workflow, input));
        Assert.True(result.IsSuccess, result.ExceptionMessage);
        Assert.Equal(result.Rule.RuleName, result.SuccessEventOrName);
    }

    private sealed record ListItem(int Id, string Value);

    private sealed record Nested(string SimpleProp, List<ListItem> ListProp);

    [CorpusFact]
    public void NestedInputDemo_TypedAnonymousInput_True()
    {
        var engine = Support.Corpus.Engine("benchmark-workflows/NestedInputDemo.json");
        var input = new { SimpleProp = "simpleProp", NestedProp = new Nested("nestedSimpleProp", [new ListItem(1, "first"), new ListItem(2, "second")]) };
        foreach (var workflow in new[] { "NestedInputDemoWorkflow1", "NestedInputDemoWorkflow2", "NestedInputDemoWorkflow3" })
        {
            Assert.True(engine.ExecuteAllRules(workflow, input)[0].IsSuccess, workflow);
        }
    }
}
