using System.Text.Json.Nodes;
using Participatie.Workflows.Tests.Support;
using Participatie.Workflows.Tooling;

namespace Participatie.Workflows.Tests.Tooling;

public sealed class WorkflowsCliTests
{
    private static async Task<(int Code, string Out, string Err)> CliAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await WorkflowsCli.RunAsync(args, stdout, stderr, b => b.AddExpressionEvaluator(new MiniCSharpEvaluator()));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Check_ValidFile_ExitsZeroWithoutErrors()
    {
        using var dir = new TempDir();
        var file = dir.Write("ok.json", Wf.Chain("ok", Wf.WriteLine("w", "hi")));

        var (code, output, _) = await CliAsync("check", file);

        Assert.Equal(0, code);
        Assert.Equal("", output);
    }

    [Fact]
    public async Task Check_InvalidFiles_ExitsOneWithOneLocatedErrorPerLine()
    {
        using var dir = new TempDir();
        var bad = dir.Write("bad.json", Wf.Flowchart("bad",
            [Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("1 +", "String"))), Wf.Activity("x", "Acme.Nope")],
            [Wf.Connect("w", "x")]));
        var broken = dir.Write("broken.json", "{ \"root\": ");

        var (code, output, _) = await CliAsync("check", bad, broken);

        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith(bad + ": bad/x: WF003", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(bad + ": bad/w.text:1:", StringComparison.Ordinal) && l.Contains("WF007"));
        Assert.Contains(lines, l => l.StartsWith(broken + ": ", StringComparison.Ordinal) && l.Contains("WF001"));
    }

    [Fact]
    public async Task Check_FilesReferringToEachOther_ResolvesWorkflowActivities()
    {
        using var dir = new TempDir();
        var child = dir.Write("child.json", Wf.Chain("child", Wf.WriteLine("w", "c")).Replace("\"usableAsActivity\":false", "\"usableAsActivity\":true"));
        var parent = dir.Write("parent.json", Wf.Chain("parent", Wf.Activity("c", "Child")));

        Assert.Equal(1, (await CliAsync("check", parent)).Code);
        Assert.Equal(0, (await CliAsync("check", parent, child)).Code);
    }

    [Fact]
    public async Task Run_Json_PrintsLinesStatusOutputsBookmarksIncidents()
    {
        using var dir = new TempDir();
        var file = dir.Write("wf.json", Wf.Flowchart("wf",
            [Wf.WriteLine("a", "hello"), Wf.Activity("o", "Elsa.SetOutput", ("outputName", Wf.Literal("Result")), ("outputValue", Wf.Js("getName() + '!'"))), Wf.Activity("e", "Elsa.Event", ("eventName", Wf.Literal("later")))],
            [Wf.Connect("a", "o"), Wf.Connect("o", "e")],
            inputs: [new JsonObject { ["name"] = "Name", ["type"] = "String" }],
            outputs: [new JsonObject { ["name"] = "Result", ["type"] = "String" }]));

        var (code, output, _) = await CliAsync("run", file, "--input", "{\"Name\":\"Oss\"}", "--json");

        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("hello", json["lines"]![0]!.GetValue<string>());
        Assert.Equal(("Running", "Suspended"), (json["status"]!.GetValue<string>(), json["subStatus"]!.GetValue<string>()));
        Assert.Equal("Oss!", json["outputs"]!["Result"]!.GetValue<string>());
        Assert.Equal(("Elsa.Event", "e"), (json["bookmarks"]![0]!["name"]!.GetValue<string>(), json["bookmarks"]![0]!["activityId"]!.GetValue<string>()));
        Assert.Empty(json["incidents"]!.AsArray());
    }

    [Fact]
    public async Task Run_EventsThenResumeAll_DeliversInOrderAndFinishes()
    {
        using var dir = new TempDir();
        var file = dir.Write("wf.json", Wf.Chain("wf",
            Wf.Activity("e1", "Elsa.Event", ("eventName", Wf.Literal("first")), ("result", new JsonObject { ["memoryReference"] = new JsonObject { ["id"] = "P" } })),
            Wf.Activity("w1", "Elsa.WriteLine", ("text", Wf.Js("'got ' + getVariable('P').n", "String"))),
            Wf.Activity("e2", "Elsa.Event", ("eventName", Wf.Literal("second"))),
            Wf.Activity("d", "Elsa.Delay", ("timeSpan", Wf.Literal("1.00:00:00", "TimeSpan"))),
            Wf.WriteLine("w2", "done")));

        var (code, output, _) = await CliAsync("run", file, "--event", "first:{\"n\":7}", "--event", "second", "--resume-all", "--json");

        var json = JsonNode.Parse(output)!;
        Assert.Equal(0, code);
        Assert.Equal(["got 7", "done"], json["lines"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("Finished", json["subStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_FaultingWorkflow_ExitsOneAndListsIncident()
    {
        using var dir = new TempDir();
        var file = dir.Write("wf.json", Wf.Chain("wf", Wf.Activity("f", "Elsa.Fault", ("message", Wf.Literal("stuk")))));

        var (code, output, _) = await CliAsync("run", file, "--json");

        Assert.Equal(1, code);
        var incident = JsonNode.Parse(output)!["incidents"]![0]!;
        Assert.Equal(("f", "stuk"), (incident["activityId"]!.GetValue<string>(), incident["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Run_WithChildAndTokenMode_UsesWorkflowActivityAndPrintsText()
    {
        using var dir = new TempDir();
        var child = dir.Write("child.json", Wf.Chain("child", Wf.WriteLine("w", "from child")).Replace("\"usableAsActivity\":false", "\"usableAsActivity\":true"));
        var parent = dir.Write("parent.json", Wf.Chain("parent", Wf.Activity("c", "Child"), Wf.WriteLine("w", "from parent")));

        var (code, output, _) = await CliAsync("run", parent, "--with", child, "--flowchart-mode", "token");

        Assert.Equal(0, code);
        Assert.Equal(["from child", "from parent", "status: Finished/Finished"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run", "x.json", "--flowchart-mode", "sideways")]
    [InlineData("run", "x.json", "--input", "[1]")]
    [InlineData("check")]
    [InlineData("frobnicate")]
    public async Task Cli_BadArguments_ExitsTwoWithUsage(params string[] args)
    {
        var (code, _, err) = await CliAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("usage:", err);
    }

    [CorpusFact]
    public async Task Check_CorpusFileUsingHttpActivities_IsValid()
    {
        var file = Path.Combine(RepoPaths.Corpus!, "workflows", "test__component__Elsa.Workflows.ComponentTests__Scenarios__HttpWorkflows__Workflows__http-hello-world.json");

        var (code, output, _) = await CliAsync("check", file);

        Assert.Equal(0, code);
        Assert.DoesNotContain("WF003", output);
    }
}
