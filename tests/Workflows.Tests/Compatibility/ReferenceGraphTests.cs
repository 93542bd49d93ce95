using Participatie.Workflows.Tests.Support;
using Participatie.Workflows.Tooling;

namespace Participatie.Workflows.Tests.Compatibility;

/// <summary>Engine-level equivalent of Elsa's consumers endpoint (WorkflowReferenceGraphTests); the REST route is the Host's.</summary>
public sealed class ReferenceGraphTests
{
    private static async Task<WorkflowEngine> LoadRefGraphAsync()
    {
        var engine = WorkflowEngine.Create();
        var files = new[] { "refgraph-grandchild.json", "refgraph-child.json", "refgraph-parent.json" }
            .Select(f => Path.Combine(RepoPaths.Corpus!, "workflows", "test__component__Elsa.Workflows.ComponentTests__Scenarios__WorkflowReferenceGraph__Workflows__" + f))
            .ToList();
        var (loaded, errors) = await WorkflowFileRunner.LoadAsync(engine, files, CancellationToken.None);
        Assert.Empty(errors);
        Assert.Equal(3, loaded.Count);
        return engine;
    }

    [CorpusFact]
    public async Task FindConsumers_Grandchild_ReturnsTransitiveConsumers()
    {
        var engine = await LoadRefGraphAsync();

        var consumers = await engine.Definitions.FindConsumersAsync("refgraph-grandchild");

        Assert.Equal(["refgraph-child", "refgraph-parent"], consumers.Order());
    }

    [CorpusFact]
    public async Task FindConsumers_LeafParent_ReturnsEmpty()
    {
        var engine = await LoadRefGraphAsync();

        Assert.Empty(await engine.Definitions.FindConsumersAsync("refgraph-parent"));
    }
}
