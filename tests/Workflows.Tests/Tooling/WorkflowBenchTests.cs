using Participatie.Workflows.Tooling;

namespace Participatie.Workflows.Tests.Tooling;

public sealed class WorkflowBenchTests
{
    [Fact]
    public async Task Bench_Quick_PrintsTableWithEveryMeasure()
    {
        var stdout = new StringWriter();

        var code = await WorkflowsCli.RunAsync(["bench", "--quick"], stdout, new StringWriter());

        Assert.Equal(0, code);
        var rows = stdout.ToString().Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();
        Assert.Contains(rows, r => r.StartsWith("| Activities per second (chain", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| Instances started and run to their first bookmark per second", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| Resumes per second", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| Memory per suspended instance", StringComparison.Ordinal) && r.Contains("bytes persisted JSON"));
    }

    [Fact]
    public async Task Bench_BadRounds_ExitsTwo()
    {
        Assert.Equal(2, await WorkflowsCli.RunAsync(["bench", "--rounds", "zero"], new StringWriter(), new StringWriter()));
    }
}
