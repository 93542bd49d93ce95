using System.Text.Json.Nodes;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Tests.Support;

namespace Participatie.Workflows.Tests.Runtime;

public sealed class EventTests
{
    [Fact]
    public async Task TriggerEvent_WithCorrelationId_ResumesOnlyThatCorrelation()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        await engine.Definitions.ImportAsync(Wf.Chain("d",
            Wf.Activity("e", "Elsa.Event", ("eventName", Wf.Literal("Besluit"))),
            Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("'done ' + getCorrelationId()", "String")))), publish: true);
        var a = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "d", CorrelationId = "initiatief-1" });
        var b = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "d", CorrelationId = "initiatief-2" });

        var results = await engine.Runtime.TriggerEventAsync("Besluit", "initiatief-2");

        Assert.Equal(b.Instance.Id, Assert.Single(results).Instance.Id);
        Assert.Equal(["done initiatief-2"], stores.Lines);
        Assert.Equal(WorkflowSubStatus.Suspended, (await engine.Runtime.GetAsync(a.Instance.Id))!.SubStatus);
    }

    [Fact]
    public async Task EventPayload_Delivered_IsStoredInResultVariable()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        var json = JsonNode.Parse(Wf.Chain("d",
            Wf.Activity("e", "Elsa.Event", ("eventName", Wf.Literal("x")), ("result", new JsonObject { ["memoryReference"] = new JsonObject { ["id"] = "Payload" } })),
            Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("getPayload().amount * 2", "String")))))!.AsObject();
        json["variables"] = new JsonArray(new JsonObject { ["id"] = "Payload", ["name"] = "Payload", ["typeName"] = "Object" });
        await engine.Definitions.ImportAsync(json.ToJsonString(), publish: true);
        await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "d" });

        await engine.Runtime.TriggerEventAsync("x", null, new JsonObject { ["amount"] = 21 });

        Assert.Equal(["42"], stores.Lines);
    }

    [Fact]
    public async Task PublishEvent_WithCorrelation_ResumesWaitingInstanceOfThatCorrelation()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        await engine.Definitions.ImportAsync(Wf.Chain("listener",
            Wf.Activity("e", "Elsa.Event", ("eventName", Wf.Literal("Klaar"))),
            Wf.WriteLine("w", "listener resumed")), publish: true);
        await engine.Definitions.ImportAsync(Wf.Chain("publisher",
            Wf.Activity("p", "Elsa.PublishEvent", ("eventName", Wf.Literal("Klaar")), ("correlationId", Wf.Literal("c1"))),
            Wf.WriteLine("w", "published")), publish: true);
        var other = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "listener", CorrelationId = "c2" });
        var listener = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "listener", CorrelationId = "c1" });

        await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "publisher" });

        Assert.Equal(["published", "listener resumed"], stores.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, (await engine.Runtime.GetAsync(listener.Instance.Id))!.SubStatus);
        Assert.Equal(WorkflowSubStatus.Suspended, (await engine.Runtime.GetAsync(other.Instance.Id))!.SubStatus);
    }

    [Fact(Timeout = 30_000)]
    public async Task PublishEvent_LocalAfterResume_ResumesOwnBranchWithoutDeadlock()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        var json = Wf.Flowchart("d",
            [
                Wf.Activity("s", "Elsa.Start"),
                Wf.Activity("listen", "Elsa.Event", ("eventName", Wf.Literal("inner"))), Wf.WriteLine("heard", "heard inner"),
                Wf.Activity("go", "Elsa.Event", ("eventName", Wf.Literal("outer"))),
                Wf.Activity("pub", "Elsa.PublishEvent", ("eventName", Wf.Literal("inner")), ("isLocal", Wf.Literal(true, "Boolean"))),
            ],
            [Wf.Connect("s", "listen"), Wf.Connect("listen", "heard"), Wf.Connect("s", "go"), Wf.Connect("go", "pub")]);
        await engine.Definitions.ImportAsync(json, publish: true);
        var started = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "d" });

        await engine.Runtime.TriggerEventAsync("outer", null);

        Assert.Equal(["heard inner"], stores.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, (await engine.Runtime.GetAsync(started.Instance.Id))!.SubStatus);
    }
}
