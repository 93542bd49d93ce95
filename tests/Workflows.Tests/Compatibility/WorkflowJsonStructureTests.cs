using System.Text.Json.Nodes;
using Participatie.Workflows.Tests.Support;
using Participatie.Workflows.Tooling;

namespace Participatie.Workflows.Tests.Compatibility;

/// <summary>Engine-level equivalent of Elsa's WorkflowJsonStructureTests (the REST route is the Host's).</summary>
public sealed class WorkflowJsonStructureTests
{
    [CorpusFact]
    public async Task Export_DefinitionUsingWorkflowActivity_DoesNotEmbedChildRoot()
    {
        var engine = WorkflowEngine.Create();
        var files = new[] { "sub.json", "main.json" }
            .Select(f => Path.Combine(RepoPaths.Corpus!, "workflows", "test__component__Elsa.Workflows.ComponentTests__Scenarios__WorkflowJsonStructures__" + f))
            .ToList();
        var (loaded, errors) = await WorkflowFileRunner.LoadAsync(engine, files, CancellationToken.None);
        Assert.Empty(errors);

        var exported = JsonNode.Parse((await engine.Definitions.ExportAsync(loaded[Path.GetFullPath(files[1])]))!)!;

        var sub = exported["root"]!["activities"]![0]!;
        Assert.Equal("Sub", sub["type"]!.GetValue<string>());
        Assert.Null(sub["root"]);
    }
}
