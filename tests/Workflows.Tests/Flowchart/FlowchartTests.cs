using System.Text.Json.Nodes;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Tests.Support;

namespace Participatie.Workflows.Tests.Flowchart;

public sealed class FlowchartTests
{
    private static async Task<(WorkflowRunResult Result, IReadOnlyList<string> Lines)> RunAsync(string json, FlowchartMode mode = FlowchartMode.CounterBased)
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        var imported = await engine.Definitions.ImportAsync(json, publish: true);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        var result = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = imported.Definition!.DefinitionId, FlowchartMode = mode });
        return (result, stores.Lines);
    }

    private static JsonObject Switch(string id, string mode, params (string Label, string Js)[] cases) =>
        Wf.Activity(id, "Elsa.FlowSwitch", ("mode", Wf.Literal(mode)), ("cases", new JsonArray(cases.Select(c => (JsonNode?)new JsonObject
        {
            ["label"] = c.Label,
            ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = c.Js },
        }).ToArray())));

    [Theory]
    [InlineData("MatchFirst", "b")]
    [InlineData("MatchAny", "b,c")]
    public async Task FlowSwitch_Mode_FollowsMatchingCases(string mode, string expected)
    {
        var json = Wf.Flowchart("d",
            [Switch("s", mode, ("A", "1 > 2"), ("B", "2 > 1"), ("C", "true")), Wf.WriteLine("a", "a"), Wf.WriteLine("b", "b"), Wf.WriteLine("c", "c"), Wf.WriteLine("z", "z")],
            [Wf.Connect("s", "a", "A"), Wf.Connect("s", "b", "B"), Wf.Connect("s", "c", "C"), Wf.Connect("s", "z", "Default")]);

        var (_, lines) = await RunAsync(json);

        Assert.Equal(expected.Split(','), lines);
    }

    [Fact]
    public async Task FlowSwitch_NoCaseMatches_FollowsDefault()
    {
        var json = Wf.Flowchart("d",
            [Switch("s", "MatchFirst", ("A", "false")), Wf.WriteLine("a", "a"), Wf.WriteLine("z", "z")],
            [Wf.Connect("s", "a", "A"), Wf.Connect("s", "z", "Default")]);

        Assert.Equal(["z"], (await RunAsync(json)).Lines);
    }

    [Fact]
    public async Task EndActivity_OtherBranchBlocked_CompletesFlowchartAndCancelsBranch()
    {
        var json = Wf.Flowchart("d",
            [Wf.Activity("s", "Elsa.Start"), Wf.Activity("wait", "Elsa.Event", ("eventName", Wf.Literal("never"))), Wf.Activity("end", "Elsa.End")],
            [Wf.Connect("s", "wait"), Wf.Connect("s", "end")]);

        var (result, _) = await RunAsync(json);

        Assert.Equal(WorkflowSubStatus.Finished, result.SubStatus);
        Assert.Empty(result.Bookmarks);
    }

    [Fact]
    public async Task CounterMode_WaitAnyJoinAfterFirstBranch_CancelsBlockedBranch()
    {
        var json = Wf.Flowchart("d",
            [
                Wf.Activity("s", "Elsa.Start"), Wf.Activity("wait", "Elsa.Event", ("eventName", Wf.Literal("slow"))), Wf.WriteLine("fast", "fast"),
                Wf.Activity("join", "Elsa.FlowJoin", ("mode", Wf.Literal("WaitAny"))), Wf.WriteLine("after", "after"),
            ],
            [Wf.Connect("s", "wait"), Wf.Connect("s", "fast"), Wf.Connect("wait", "join"), Wf.Connect("fast", "join"), Wf.Connect("join", "after")]);

        var (result, lines) = await RunAsync(json);

        Assert.Equal(["fast", "after"], lines);
        Assert.Equal(WorkflowSubStatus.Finished, result.SubStatus);
        Assert.Equal(ActivityStatus.Canceled, result.Instance.Journal.Single(j => j.ActivityId == "wait").Status);
    }

    [Fact]
    public async Task CounterMode_WaitAllJoin_WaitsForEveryBranch()
    {
        var json = Wf.Flowchart("d",
            [
                Wf.Activity("s", "Elsa.Start"), Wf.Activity("wait", "Elsa.Event", ("eventName", Wf.Literal("slow"))), Wf.WriteLine("fast", "fast"),
                Wf.Activity("join", "Elsa.FlowJoin", ("mode", Wf.Literal("WaitAll"))), Wf.WriteLine("after", "after"),
            ],
            [Wf.Connect("s", "wait"), Wf.Connect("s", "fast"), Wf.Connect("wait", "join"), Wf.Connect("fast", "join"), Wf.Connect("join", "after")]);

        var (result, lines) = await RunAsync(json);

        Assert.Equal(["fast"], lines);
        Assert.Equal("slow", Assert.Single(result.Bookmarks).Key);
        Assert.Single(result.Instance.Contexts.Where(c => c.ActivityId == "fc"), c => c.Properties["flowScope"] is not null);
    }

    [Theory]
    [InlineData(FlowchartMode.CounterBased, "a,c")]
    [InlineData(FlowchartMode.TokenBased, "a,c")]
    public async Task ImplicitJoin_UntakenDecisionBranch_RunsJoinOnceInBothModes(FlowchartMode mode, string expected)
    {
        var json = Wf.Flowchart("d",
            [
                Wf.Activity("s", "Elsa.Start"), Wf.WriteLine("a", "a"), Wf.Activity("dec", "Elsa.FlowDecision", ("condition", Wf.Literal(false, "Boolean"))),
                Wf.WriteLine("b", "b"), Wf.WriteLine("c", "c"),
            ],
            [Wf.Connect("s", "a"), Wf.Connect("s", "dec"), Wf.Connect("dec", "b", "True"), Wf.Connect("a", "c"), Wf.Connect("b", "c")]);

        Assert.Equal(expected.Split(','), (await RunAsync(json, mode)).Lines);
    }

    [Fact]
    public async Task TokenMode_MergeModeMergeOnUntakenBranch_DoesNotRunTarget()
    {
        var target = Wf.WriteLine("c", "c");
        target["customProperties"] = new JsonObject { ["mergeMode"] = "Merge" };
        var json = Wf.Flowchart("d",
            [Wf.Activity("s", "Elsa.Start"), Wf.WriteLine("a", "a"), Wf.Activity("dec", "Elsa.FlowDecision", ("condition", Wf.Literal(false, "Boolean"))), Wf.WriteLine("b", "b"), target],
            [Wf.Connect("s", "a"), Wf.Connect("s", "dec"), Wf.Connect("dec", "b", "True"), Wf.Connect("a", "c"), Wf.Connect("b", "c")]);

        Assert.Equal(["a"], (await RunAsync(json, FlowchartMode.TokenBased)).Lines);
    }

    [Fact]
    public async Task ForEach_OverItems_RunsBodyInOrderWithCurrentValue()
    {
        var json = Wf.Chain("d", Wf.Activity("loop", "Elsa.ForEach",
            ("items", Wf.Js("['x', 'y', 'z']")),
            ("body", Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("getCurrentIndex() + ':' + getCurrentValue()", "String"))))));

        Assert.Equal(["0:x", "1:y", "2:z"], (await RunAsync(json)).Lines);
    }

    [Fact]
    public async Task Sequence_AsRoot_RunsChildrenInOrder()
    {
        var json = new JsonObject
        {
            ["definitionId"] = "seq",
            ["root"] = new JsonObject { ["id"] = "root", ["type"] = "Elsa.Sequence", ["activities"] = new JsonArray(Wf.WriteLine("a", "1"), Wf.WriteLine("b", "2")) },
        }.ToJsonString();

        Assert.Equal(["1", "2"], (await RunAsync(json)).Lines);
    }
}
