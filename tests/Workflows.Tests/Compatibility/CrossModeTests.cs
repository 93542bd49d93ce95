using Participatie.Workflows.Runtime;
using Participatie.Workflows.Tests.Support;
using Participatie.Workflows.Tooling;

namespace Participatie.Workflows.Tests.Compatibility;

/// <summary>Corpus flows whose result does not depend on the flowchart mode give the same lines in token mode.</summary>
public sealed class CrossModeTests
{
    [CorpusTheory]
    [InlineData("ImportAndExecute__Workflows__implicit-loop.json", "Do something|Retry|Do something|Done")]
    [InlineData("ExplicitJoins__Workflows__join-all-1.json", "Start|Line 1|Line 2|End")]
    [InlineData("ExplicitJoins__Workflows__join-any-1.json", "Start|End")]
    [InlineData("FlowchartCompletion__Workflows__workflow2.json", "WriteLine1|WriteLine2|WriteLine3|WriteLine4|WriteLine5|WriteLine6|WriteLine7|WriteLine8|WriteLine9")]
    public async Task CounterModeCorpusFlow_RunInTokenMode_GivesSameLines(string file, string expected)
    {
        var report = await WorkflowFileRunner.RunAsync(new RunOptions
        {
            File = Path.Combine(RepoPaths.Corpus!, "workflows", "test__integration__Elsa.Workflows.IntegrationTests__Scenarios__" + file),
            ResumeAll = true,
            FlowchartMode = FlowchartMode.TokenBased,
        });

        Assert.Equal(expected.Split('|'), report.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, report.Instance!.SubStatus);
    }
}
