using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Tests.Support;

namespace Participatie.Workflows.Tests.Runtime;

public sealed class ConcurrencyTests
{
    private static readonly string WaitThenWrite = Wf.Chain("d",
        Wf.Activity("e", "Elsa.Event", ("eventName", Wf.Literal("go"))),
        Wf.WriteLine("w", "after"));

    [Fact]
    public async Task InstanceStore_SaveWithStaleVersion_ThrowsAndKeepsStoredState()
    {
        var store = new InMemoryWorkflowInstanceStore();
        var instance = new WorkflowInstance { Id = "i1", Name = "first" };
        await store.SaveAsync(instance, 0);
        var copyA = (await store.FindAsync("i1"))!;
        var copyB = (await store.FindAsync("i1"))!;
        copyA.Name = "A";
        await store.SaveAsync(copyA, copyA.ConcurrencyVersion);
        copyB.Name = "B";

        await Assert.ThrowsAsync<WorkflowConcurrencyException>(() => store.SaveAsync(copyB, copyB.ConcurrencyVersion));
        Assert.Equal("A", (await store.FindAsync("i1"))!.Name);
        Assert.Equal(2, (await store.FindAsync("i1"))!.ConcurrencyVersion);
    }

    [Fact]
    public async Task ResumeSameBookmark_TwoEnginesInParallel_ProceedsExactlyOnce()
    {
        var definitions = new InMemoryWorkflowDefinitionStore();
        var barrierStore = new BarrierInstanceStore(new InMemoryWorkflowInstanceStore(), parties: 2);
        var output = new StringWriter();
        WorkflowEngine NewEngine() => WorkflowEngine.Create(b => { b.UseStores(definitions, barrierStore); b.Options.Output = output; });
        var setup = NewEngine();
        await setup.Definitions.ImportAsync(WaitThenWrite, publish: true);
        var started = await setup.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "d" });
        var bookmarkId = Assert.Single(started.Bookmarks).Id;
        barrierStore.Armed = true;

        var attempts = new[] { NewEngine(), NewEngine() }
            .Select(e => Task.Run(() => e.Runtime.ResumeBookmarkAsync(started.Instance.Id, bookmarkId)))
            .ToArray();
        var outcomes = new List<string>();
        foreach (var attempt in attempts)
        {
            try
            {
                await attempt;
                outcomes.Add("resumed");
            }
            catch (WorkflowConcurrencyException)
            {
                outcomes.Add("conflict");
            }
        }
        barrierStore.Armed = false;

        Assert.Equal(["conflict", "resumed"], outcomes.Order());
        Assert.Equal("after" + Environment.NewLine, output.ToString());
        var final = await setup.Runtime.GetAsync(started.Instance.Id);
        Assert.Equal(WorkflowSubStatus.Finished, final!.SubStatus);
        Assert.Single(final.Journal, j => j.ActivityId == "w");
    }

    [Fact]
    public async Task ResumeSameBookmark_SameEngineManyParallelCalls_ProceedsExactlyOnce()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        await engine.Definitions.ImportAsync(WaitThenWrite, publish: true);
        var started = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "d" });
        var bookmarkId = Assert.Single(started.Bookmarks).Id;

        var attempts = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            try
            {
                await engine.Runtime.ResumeBookmarkAsync(started.Instance.Id, bookmarkId);
                return true;
            }
            catch (WorkflowNotFoundException)
            {
                return false;
            }
        })).ToArray();
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r);
        Assert.Equal(["after"], stores.Lines);
    }

    [Fact]
    public async Task TriggerEvent_TwoEnginesInParallel_ResumesInstanceOnce()
    {
        var definitions = new InMemoryWorkflowDefinitionStore();
        var barrierStore = new BarrierInstanceStore(new InMemoryWorkflowInstanceStore(), parties: 2);
        var output = new StringWriter();
        WorkflowEngine NewEngine() => WorkflowEngine.Create(b => { b.UseStores(definitions, barrierStore); b.Options.Output = output; });
        var setup = NewEngine();
        await setup.Definitions.ImportAsync(WaitThenWrite, publish: true);
        await setup.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "d" });
        barrierStore.Armed = true;

        var a = NewEngine();
        var b = NewEngine();
        var triggered = await Task.WhenAll(Task.Run(() => a.Runtime.TriggerEventAsync("go", null)), Task.Run(() => b.Runtime.TriggerEventAsync("go", null)));
        barrierStore.Armed = false;

        Assert.Equal(1, triggered.Sum(t => t.Count));
        Assert.Equal("after" + Environment.NewLine, output.ToString());
    }

    [Fact]
    public async Task ManyInstances_StartedAndResumedInParallel_AllFinishWithOwnVariables()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        var json = System.Text.Json.Nodes.JsonNode.Parse(Wf.Chain("d",
            Wf.Activity("e", "Elsa.Event", ("eventName", Wf.Literal("go"))),
            Wf.Activity("set", "Elsa.SetVariable", ("variable", new System.Text.Json.Nodes.JsonObject { ["name"] = "N" }), ("value", Wf.Js("getCorrelationId().length * 2"))),
            Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("getCorrelationId() + '=' + getN()", "String")))))!.AsObject();
        json["variables"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["id"] = "N", ["name"] = "N", ["typeName"] = "Int32" });
        await engine.Definitions.ImportAsync(json.ToJsonString(), publish: true);
        var ids = Enumerable.Range(0, 40).Select(i => new string('x', i % 7 + 1) + i).ToList();

        await Task.WhenAll(ids.Select(id => Task.Run(() => engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "d", CorrelationId = id }))));
        await Task.WhenAll(ids.Select(id => Task.Run(() => engine.Runtime.TriggerEventAsync("go", id))));

        Assert.Equal(ids.Select(id => $"{id}={id.Length * 2}").Order(), stores.Lines.Order());
        Assert.All(await engine.Runtime.ListAsync(new() { DefinitionId = "d" }), i => Assert.Equal(WorkflowSubStatus.Finished, i.SubStatus));
    }
}
