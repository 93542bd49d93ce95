using System.Text.Json.Nodes;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Tests.Support;

namespace Participatie.Workflows.Tests.Runtime;

public sealed class DurabilityTests
{
    private static async Task<WorkflowRunResult> ImportAndStartAsync(WorkflowEngine engine, string json, string definitionId, string? correlationId = null)
    {
        var imported = await engine.Definitions.ImportAsync(json, publish: true);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        return await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, CorrelationId = correlationId });
    }

    [Fact]
    public async Task SuspendedInstance_NewEngineOverSameStore_ResumesFromBookmark()
    {
        var stores = new SharedStores();
        var started = await ImportAndStartAsync(stores.NewEngine(), Wf.Chain("d",
            Wf.WriteLine("w1", "before"),
            Wf.Activity("e", "Elsa.Event", ("eventName", Wf.Literal("go"))),
            Wf.WriteLine("w2", "after")), "d");
        Assert.Equal(WorkflowSubStatus.Suspended, started.SubStatus);

        var restarted = stores.NewEngine();
        var results = await restarted.Runtime.TriggerEventAsync("go", correlationId: null);

        var result = Assert.Single(results);
        Assert.Equal(WorkflowSubStatus.Finished, result.SubStatus);
        Assert.Equal(["before", "after"], stores.Lines);
    }

    [Fact]
    public async Task DelayTimer_DueAfterRestart_FiresOnlyWhenClockReachesIt()
    {
        var stores = new SharedStores();
        var started = await ImportAndStartAsync(stores.NewEngine(), Wf.Chain("d",
            Wf.Activity("wait", "Elsa.Delay", ("timeSpan", Wf.Literal("01:00:00", "TimeSpan"))),
            Wf.WriteLine("w", "woke")), "d");
        Assert.Equal(stores.Clock.GetUtcNow().AddHours(1), Assert.Single(started.Bookmarks).DueAt);

        var restarted = stores.NewEngine();
        stores.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await restarted.Timers.DispatchDueAsync());
        stores.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await restarted.Timers.DispatchDueAsync());

        var instance = await restarted.Runtime.GetAsync(started.Instance.Id);
        Assert.Equal(WorkflowSubStatus.Finished, instance!.SubStatus);
        Assert.Equal(["woke"], stores.Lines);
    }

    [Fact]
    public async Task CronActivity_Started_WaitsForNextOccurrence()
    {
        var stores = new SharedStores();
        var started = await ImportAndStartAsync(stores.NewEngine(), Wf.Chain("d",
            Wf.Activity("c", "Elsa.Cron", ("cronExpression", Wf.Literal("0 30 10 * * *")))), "d");

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 30, 0, TimeSpan.Zero), Assert.Single(started.Bookmarks).DueAt);
    }

    [Fact]
    public async Task StartAtActivity_MomentPassed_ContinuesAtOnce()
    {
        var stores = new SharedStores();
        var result = await ImportAndStartAsync(stores.NewEngine(), Wf.Chain("d",
            Wf.Activity("s", "Elsa.StartAt", ("dateTime", Wf.Literal("2020-01-01T00:00:00Z", "DateTimeOffset"))),
            Wf.WriteLine("w", "late")), "d");

        Assert.Equal(WorkflowSubStatus.Finished, result.SubStatus);
    }

    [Fact]
    public async Task FaultingActivity_DefaultStrategy_RecordsIncidentAndKeepsInstance()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        var result = await ImportAndStartAsync(engine, Wf.Chain("d",
            Wf.WriteLine("w1", "one"),
            Wf.Activity("bad", "Elsa.WriteLine", ("text", Wf.Js("throw new Error('boom')", "String"))),
            Wf.WriteLine("w2", "never")), "d");

        var stored = await engine.Runtime.GetAsync(result.Instance.Id);
        Assert.NotNull(stored);
        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Faulted), (stored!.Status, stored.SubStatus));
        var incident = Assert.Single(stored.Incidents);
        Assert.Equal("bad", incident.ActivityId);
        Assert.Contains("boom", incident.Message);
        Assert.Equal(ActivityStatus.Faulted, stored.Journal.Single(j => j.ActivityId == "bad").Status);
        Assert.Equal(["one"], stores.Lines);
    }

    [Fact]
    public async Task FaultingBranch_ContinueWithIncidents_OtherBranchRunsAndInstanceFinishes()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine(b => b.Options.FaultStrategy = FaultStrategy.ContinueWithIncidents);
        var json = Wf.Flowchart("d",
            [Wf.Activity("start", "Elsa.Start"), Wf.Activity("bad", "Elsa.Fault", ("message", Wf.Literal("nope"))), Wf.WriteLine("ok", "still running")],
            [Wf.Connect("start", "bad"), Wf.Connect("start", "ok")]);

        var result = await ImportAndStartAsync(engine, json, "d");

        Assert.Equal(WorkflowSubStatus.Finished, result.SubStatus);
        Assert.Equal("nope", Assert.Single(result.Incidents).Message);
        Assert.Equal(["still running"], stores.Lines);
    }

    [Fact]
    public async Task Journal_AfterRun_HasEveryActivityWithTimeAndOutcome()
    {
        var stores = new SharedStores();
        var result = await ImportAndStartAsync(stores.NewEngine(), Wf.Chain("d",
            Wf.Activity("dec", "Elsa.FlowDecision", ("condition", Wf.Literal(true, "Boolean"))),
            Wf.WriteLine("w", "yes")), "d");
        var json = Wf.Flowchart("d2",
            [Wf.Activity("dec", "Elsa.FlowDecision", ("condition", Wf.Literal(false, "Boolean"))), Wf.WriteLine("t", "t"), Wf.WriteLine("f", "f")],
            [Wf.Connect("dec", "t", "True"), Wf.Connect("dec", "f", "False")]);
        var second = await ImportAndStartAsync(stores.NewEngine(), json, "d2");

        Assert.Equal(["Elsa.Flowchart", "Elsa.FlowDecision"], result.Instance.Journal.Select(j => j.ActivityType).Distinct().Take(2).ToArray());
        Assert.All(second.Instance.Journal, j => Assert.Equal(stores.Clock.GetUtcNow(), j.CompletedAt));
        Assert.Equal(["False"], second.Instance.Journal.Single(j => j.ActivityId == "dec").Outcomes);
        Assert.DoesNotContain(second.Instance.Journal, j => j.ActivityId == "t");
    }

    [Fact]
    public async Task RunTask_CompletedFromOutside_StoresResultAndContinues()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        var json = Wf.Chain("d",
            Wf.Activity("task", "Elsa.RunTask", ("taskName", Wf.Literal("Review")), ("result", new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "Answer" } })),
            Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("'answer: ' + getAnswer()", "String"))));
        var withVariable = JsonNode.Parse(json)!.AsObject();
        withVariable["variables"] = new JsonArray(new JsonObject { ["id"] = "Answer", ["name"] = "Answer", ["typeName"] = "Object" });
        var started = await ImportAndStartAsync(engine, withVariable.ToJsonString(), "d");
        var bookmark = Assert.Single(started.Bookmarks);
        Assert.Equal("Review", bookmark.Payload!["taskName"]!.GetValue<string>());

        var done = await stores.NewEngine().Runtime.CompleteTaskAsync(bookmark.Key!, JsonValue.Create("approved"));

        Assert.Equal(WorkflowSubStatus.Finished, done!.SubStatus);
        Assert.Equal(["answer: approved"], stores.Lines);
    }

    [Fact]
    public async Task Cancel_SuspendedInstance_EndsCancelledWithoutBookmarks()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        var started = await ImportAndStartAsync(engine, Wf.Chain("d", Wf.Activity("e", "Elsa.Event", ("eventName", Wf.Literal("x")))), "d");

        var cancelled = await engine.Runtime.CancelAsync(started.Instance.Id);

        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Cancelled), (cancelled.Status, cancelled.SubStatus));
        Assert.Empty(cancelled.Bookmarks);
        Assert.Empty(await engine.Runtime.TriggerEventAsync("x", null));
    }

    [Fact]
    public async Task ListInstances_FilterByStatusAndCorrelation_ReturnsMatchesOnly()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        await engine.Definitions.ImportAsync(Wf.Chain("wait", Wf.Activity("e", "Elsa.Event", ("eventName", Wf.Literal("x")))), publish: true);
        await engine.Definitions.ImportAsync(Wf.Chain("quick", Wf.WriteLine("w", "hi")), publish: true);
        await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "wait", CorrelationId = "A" });
        await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "wait", CorrelationId = "B" });
        await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "quick", CorrelationId = "A" });

        var suspendedA = await engine.Runtime.ListAsync(new() { CorrelationId = "A", SubStatus = WorkflowSubStatus.Suspended });
        var quick = await engine.Runtime.ListAsync(new() { DefinitionId = "quick" });

        Assert.Equal("wait", Assert.Single(suspendedA).DefinitionId);
        Assert.Equal(WorkflowSubStatus.Finished, Assert.Single(quick).SubStatus);
    }

    [Fact]
    public async Task TimerActivity_IntervalElapsed_ContinuesOnce()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        await ImportAndStartAsync(engine, Wf.Chain("d",
            Wf.Activity("t", "Elsa.Timer", ("interval", Wf.Literal("00:10:00", "TimeSpan"))),
            Wf.WriteLine("w", "tick")), "d");

        stores.Clock.Advance(TimeSpan.FromMinutes(10));
        var fired = await engine.Timers.DispatchDueAsync();
        stores.Clock.Advance(TimeSpan.FromMinutes(10));
        var firedAgain = await engine.Timers.DispatchDueAsync();

        Assert.Equal((1, 0), (fired, firedAgain));
        Assert.Equal(["tick"], stores.Lines);
    }

    [Fact]
    public async Task FinishActivity_OtherBranchWaiting_FinishesWholeInstance()
    {
        var stores = new SharedStores();
        var json = Wf.Flowchart("d",
            [Wf.Activity("s", "Elsa.Start"), Wf.Activity("wait", "Elsa.Event", ("eventName", Wf.Literal("x"))), Wf.Activity("fin", "Elsa.Finish"), Wf.WriteLine("after", "never")],
            [Wf.Connect("s", "wait"), Wf.Connect("s", "fin"), Wf.Connect("wait", "after")]);

        var result = await ImportAndStartAsync(stores.NewEngine(), json, "d");

        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Finished), (result.Status, result.SubStatus));
        Assert.Empty(result.Bookmarks);
        Assert.Empty(stores.Lines);
    }

    [Fact]
    public async Task EndlessFlowchartLoop_BurstLimitReached_FaultsAndKeepsInstance()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine(b => b.Options.MaxActivitiesPerBurst = 50);
        var json = Wf.Flowchart("d",
            [Wf.Activity("s", "Elsa.Start"), Wf.Activity("a", "Elsa.SetName", ("value", Wf.Literal("x"))), Wf.Activity("b", "Elsa.SetName", ("value", Wf.Literal("y")))],
            [Wf.Connect("s", "a"), Wf.Connect("a", "b"), Wf.Connect("b", "a")]);

        var result = await ImportAndStartAsync(engine, json, "d");

        Assert.Equal(WorkflowSubStatus.Faulted, result.SubStatus);
        Assert.Contains("endless loop", Assert.Single(result.Incidents).Message);
        Assert.NotNull(await engine.Runtime.GetAsync(result.Instance.Id));
    }

    [Theory]
    [InlineData(FlowchartMode.CounterBased)]
    [InlineData(FlowchartMode.TokenBased)]
    public async Task JoinState_BranchWaitsAcrossRestart_JoinFiresOnceAfterResume(FlowchartMode mode)
    {
        var stores = new SharedStores();
        var json = Wf.Flowchart("d",
            [
                Wf.Activity("s", "Elsa.Start"), Wf.Activity("wait", "Elsa.Event", ("eventName", Wf.Literal("slow"))), Wf.WriteLine("fast", "fast"),
                Wf.Activity("join", "Elsa.FlowJoin", ("mode", Wf.Literal("WaitAll"))), Wf.WriteLine("after", "joined"),
            ],
            [Wf.Connect("s", "wait"), Wf.Connect("s", "fast"), Wf.Connect("wait", "join"), Wf.Connect("fast", "join"), Wf.Connect("join", "after")]);
        var engine = stores.NewEngine(b => b.Options.FlowchartMode = mode);
        await engine.Definitions.ImportAsync(json, publish: true);
        var started = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "d" });
        Assert.Equal(WorkflowSubStatus.Suspended, started.SubStatus);

        var results = await stores.NewEngine().Runtime.TriggerEventAsync("slow", null);

        Assert.Equal(mode, Assert.Single(results).Instance.FlowchartMode);
        Assert.Equal(WorkflowSubStatus.Finished, results[0].SubStatus);
        Assert.Equal(["fast", "joined"], stores.Lines);
        Assert.Single(results[0].Instance.Journal, j => j.ActivityId == "join");
    }
}
