using System.Text.Json.Nodes;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Tests.Support;
using Participatie.Workflows.Validation;

namespace Participatie.Workflows.Tests.Triggers;

/// <summary>Published workflows whose start is a Timer, Cron, StartAt or Event start instances by themselves, once per occurrence.</summary>
public sealed class TriggerTests
{
    private static JsonObject Trigger(string id, string type, params (string Key, JsonNode? Value)[] props)
    {
        var activity = Wf.Activity(id, type, props);
        activity["customProperties"] = new JsonObject { ["canStartWorkflow"] = true };
        return activity;
    }

    private static async Task<int> CountAsync(WorkflowEngine engine, string definitionId) =>
        (await engine.Runtime.ListAsync(new InstanceFilter { DefinitionId = definitionId, Take = 1000 })).Count;

    [Fact]
    public async Task TimerTrigger_EachIntervalAfterPublishing_StartsOneInstance()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        await engine.Definitions.ImportAsync(Wf.Chain("t",
            Trigger("timer", "Elsa.Timer", ("interval", Wf.Literal("00:01:00", "TimeSpan"))),
            Wf.WriteLine("w", "tick")), publish: true);

        stores.Clock.Advance(TimeSpan.FromSeconds(59));
        var early = await engine.Timers.DispatchDueAsync();
        stores.Clock.Advance(TimeSpan.FromSeconds(1));
        var first = await engine.Timers.DispatchDueAsync();
        var again = await engine.Timers.DispatchDueAsync();
        stores.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await engine.Timers.DispatchDueAsync();

        Assert.Equal((0, 1, 0, 1), (early, first, again, second));
        Assert.Equal(["tick", "tick"], stores.Lines);
        var instances = await engine.Runtime.ListAsync(new InstanceFilter { DefinitionId = "t" });
        Assert.All(instances, i => Assert.Equal(WorkflowSubStatus.Finished, i.SubStatus));
    }

    [Fact]
    public async Task CronTrigger_TwoNodesSweepingAtOnce_StartEachOccurrenceOnce()
    {
        var stores = new SharedStores();
        var nodeA = stores.NewEngine();
        var nodeB = stores.NewEngine();
        await nodeA.Definitions.ImportAsync(Wf.Chain("c",
            Trigger("cron", "Elsa.Cron", ("cronExpression", Wf.Literal("0 * * * * *"))),
            Wf.WriteLine("w", "minute")), publish: true);
        stores.Clock.Advance(TimeSpan.FromSeconds(150)); // 09:02:30: occurrences 09:01 and 09:02

        var started = await Task.WhenAll(
            Task.Run(() => nodeA.Timers.DispatchDueAsync()), Task.Run(() => nodeB.Timers.DispatchDueAsync()),
            Task.Run(() => nodeA.Timers.DispatchDueAsync()), Task.Run(() => nodeB.Timers.DispatchDueAsync()));

        Assert.Equal(2, started.Sum());
        Assert.Equal(2, await CountAsync(nodeA, "c"));
        Assert.Equal(2, stores.Lines.Count);
    }

    [Fact]
    public async Task CronTrigger_AfterDowntimeLongerThanCatchUp_StartsOnlyOccurrencesWithinIt()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine(b => b.Options.TriggerCatchUp = TimeSpan.FromMinutes(10));
        await engine.Definitions.ImportAsync(Wf.Chain("c",
            Trigger("cron", "Elsa.Cron", ("cronExpression", Wf.Literal("* * * * *"))),
            Wf.WriteLine("w", "minute")), publish: true);

        stores.Clock.Advance(TimeSpan.FromDays(1));
        var started = await engine.Timers.DispatchDueAsync();

        Assert.Equal(10, started);
    }

    [Fact]
    public async Task StartAtTrigger_WhenTheMomentPasses_StartsOnce()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        var at = stores.Clock.GetUtcNow().AddMinutes(5);
        await engine.Definitions.ImportAsync(Wf.Chain("s",
            Trigger("at", "Elsa.StartAt", ("dateTime", Wf.Literal(at.ToString("O"), "DateTimeOffset"))),
            Wf.WriteLine("w", "now")), publish: true);

        var before = await engine.Timers.DispatchDueAsync();
        stores.Clock.Advance(TimeSpan.FromMinutes(5));
        var at5 = await engine.Timers.DispatchDueAsync();
        stores.Clock.Advance(TimeSpan.FromMinutes(1));
        var later = await engine.Timers.DispatchDueAsync();

        Assert.Equal((0, 1, 0), (before, at5, later));
        Assert.Equal(["now"], stores.Lines);
    }

    [Fact]
    public async Task TimerTrigger_OnAnUnpublishedDraft_StartsNothing()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        await engine.Definitions.ImportAsync(Wf.Chain("t",
            Trigger("timer", "Elsa.Timer", ("interval", Wf.Literal("00:00:10", "TimeSpan"))),
            Wf.WriteLine("w", "tick")), publish: false);

        stores.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, await engine.Timers.DispatchDueAsync());
    }

    [Fact]
    public async Task TimerInsideWorkflow_NotMarkedAsTrigger_StillWaitsOneInterval()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        await engine.Definitions.ImportAsync(Wf.Chain("t",
            Wf.WriteLine("a", "before"),
            Wf.Activity("timer", "Elsa.Timer", ("interval", Wf.Literal("00:01:00", "TimeSpan"))),
            Wf.WriteLine("b", "after")), publish: true);
        var run = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "t" });

        stores.Clock.Advance(TimeSpan.FromMinutes(1));
        var fired = await engine.Timers.DispatchDueAsync();

        Assert.Equal(1, fired);
        Assert.Equal(["before", "after"], stores.Lines);
        Assert.Equal(1, await CountAsync(engine, "t"));
        Assert.Equal(WorkflowSubStatus.Finished, (await engine.Runtime.GetAsync(run.Instance.Id))!.SubStatus);
    }

    [Fact]
    public async Task EventTrigger_DomainEventRaisedTwiceForOneOccurrence_StartsOneInstanceWithPayload()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        var json = JsonNode.Parse(Wf.Chain("e",
            Trigger("ev", "Elsa.Event", ("eventName", Wf.Literal("initiatief ingediend")), ("result", new JsonObject { ["memoryReference"] = new JsonObject { ["id"] = "Payload" } })),
            Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("'ingediend: ' + getPayload().referentie + ' ' + getCorrelationId()", "String")))))!.AsObject();
        json["variables"] = new JsonArray(new JsonObject { ["id"] = "Payload", ["name"] = "Payload", ["typeName"] = "Object" });
        await engine.Definitions.ImportAsync(json.ToJsonString(), publish: true);
        var payload = new JsonObject { ["referentie"] = "INI-7" };

        var first = await engine.Runtime.TriggerEventAsync("initiatief ingediend", "INI-7", payload, occurrenceId: "7");
        var repeated = await engine.Runtime.TriggerEventAsync("initiatief ingediend", "INI-7", payload, occurrenceId: "7");
        var other = await engine.Runtime.TriggerEventAsync("iets anders", "INI-7", payload, occurrenceId: "7");

        Assert.Equal((1, 0, 0), (first.Count, repeated.Count, other.Count));
        Assert.Equal(["ingediend: INI-7 INI-7"], stores.Lines);
        Assert.Equal("INI-7", Assert.Single(await engine.Runtime.ListAsync(new InstanceFilter { DefinitionId = "e" })).CorrelationId);
    }

    [Fact]
    public async Task EventTrigger_ForOneInstance_StartsNoNewInstance()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        await engine.Definitions.ImportAsync(Wf.Chain("e",
            Trigger("ev", "Elsa.Event", ("eventName", Wf.Literal("x"))),
            Wf.WriteLine("w", "started")), publish: true);

        await engine.Runtime.TriggerEventAsync("x", null, instanceId: "some-instance");

        Assert.Equal(0, await CountAsync(engine, "e"));
    }

    [Fact]
    public async Task Publish_TriggerInputNotConstant_RefusedWithLocatedError()
    {
        var engine = WorkflowEngine.Create();
        var imported = await engine.Definitions.ImportAsync(Wf.Chain("t",
            Trigger("timer", "Elsa.Timer", ("interval", Wf.Js("'00:01:00'", "TimeSpan"))),
            Wf.WriteLine("w", "tick")), publish: true);

        Assert.False(imported.Succeeded);
        var error = Assert.Single(imported.Errors);
        Assert.Equal((ValidationCodes.BadTriggerInput, "timer", "interval"), (error.Code, error.ActivityId, error.Input));
        Assert.Null(await engine.Definitions.GetPublishedAsync("t"));
    }

    [Fact]
    public async Task TwoTriggersEachWithABranch_Publish_IsValidAndEachStartsItsOwnBranch()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        var published = await engine.Definitions.ImportAsync(Wf.Flowchart("twee",
            [
                Trigger("timer", "Elsa.Timer", ("interval", Wf.Literal("01:00:00", "TimeSpan"))),
                Trigger("ev", "Elsa.Event", ("eventName", Wf.Literal("handmatig"))),
                Wf.WriteLine("a", "door de klok"),
                Wf.WriteLine("b", "door het event"),
            ],
            [Wf.Connect("timer", "a"), Wf.Connect("ev", "b")]), publish: true);

        await engine.Runtime.TriggerEventAsync("handmatig", null);
        stores.Clock.Advance(TimeSpan.FromHours(1));
        await engine.Timers.DispatchDueAsync();

        Assert.True(published.Succeeded, string.Join("\n", published.Errors));
        Assert.Equal(["door het event", "door de klok"], stores.Lines);
    }

    [Fact]
    public async Task HttpEndpointInsideWorkflow_Publish_RefusedWithLocatedError()
    {
        var engine = WorkflowEngine.Create();
        var imported = await engine.Definitions.ImportAsync(Wf.Chain("h",
            Wf.Activity("s", "Elsa.Start"),
            Wf.Activity("in", "Elsa.HttpEndpoint", ("path", Wf.Literal("x")))), publish: true);

        Assert.False(imported.Succeeded);
        var error = Assert.Single(imported.Errors);
        Assert.Equal((ValidationCodes.BadTriggerInput, "in"), (error.Code, error.ActivityId));
        Assert.Contains("must start the workflow", error.Message);
    }
}
