using System.Text.Json.Nodes;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Tests.Support;

namespace Participatie.Workflows.Tests.Definitions;

public sealed class VersioningTests
{
    private static string Version(string text) => Wf.Chain("proc",
        Wf.Activity("e", "Elsa.Event", ("eventName", Wf.Literal("go"))),
        Wf.WriteLine("w", text));

    [Fact]
    public async Task PublishNewVersion_InstanceOnOldVersion_FinishesOnOldVersion()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        await engine.Definitions.ImportAsync(Version("v1"), publish: true);
        var old = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "proc" });

        var v2 = await engine.Definitions.ImportAsync(Version("v2"), publish: true);
        var fresh = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "proc" });
        await engine.Runtime.TriggerEventAsync("go", null);

        Assert.Equal(2, v2.Definition!.Version);
        Assert.Equal((1, 2), (old.Instance.Version, fresh.Instance.Version));
        Assert.Equal(["v1", "v2"], stores.Lines);
        var versions = await engine.Definitions.ListVersionsAsync("proc");
        Assert.Equal([false, true], versions.Select(v => v.IsPublished));
    }

    [Fact]
    public async Task PublishInvalidVersion_Always_KeepsPreviousPublished()
    {
        var engine = WorkflowEngine.Create();
        await engine.Definitions.ImportAsync(Version("good"), publish: true);
        var broken = Wf.Chain("proc", Wf.Activity("x", "Elsa.DoesNotExist"));

        var result = await engine.Definitions.ImportAsync(broken, publish: true);

        Assert.False(result.Succeeded);
        Assert.Equal("WF003", Assert.Single(result.Errors).Code);
        var published = await engine.Definitions.GetPublishedAsync("proc");
        Assert.Equal(1, published!.Version);
        Assert.Equal(2, (await engine.Definitions.GetAsync("proc"))!.Version);
    }

    [Fact]
    public async Task SaveDraft_TwiceThenPublish_ReplacesDraftAndPublishesIt()
    {
        var engine = WorkflowEngine.Create();
        await engine.Definitions.ImportAsync(Version("one"), publish: true);
        var draft = (await engine.Definitions.GetAsync("proc"))!;

        var first = await engine.Definitions.SaveDraftAsync(draft);
        var second = await engine.Definitions.SaveDraftAsync(first.Definition!);
        var published = await engine.Definitions.PublishAsync("proc");

        Assert.Equal(2, first.Definition!.Version);
        Assert.Equal(first.Definition.Id, second.Definition!.Id);
        Assert.True(published.Succeeded);
        Assert.Equal(2, (await engine.Definitions.GetPublishedAsync("proc"))!.Version);
        Assert.Equal(2, (await engine.Definitions.ListVersionsAsync("proc")).Count);
    }

    [Fact]
    public async Task ExportImport_ThroughService_RoundTripsIdentically()
    {
        var engine = WorkflowEngine.Create();
        await engine.Definitions.ImportAsync(Version("x"), publish: true);
        var exported = (await engine.Definitions.ExportAsync("proc"))!;
        var other = WorkflowEngine.Create();

        await other.Definitions.ImportAsync(exported, publish: null);

        Assert.Equal(exported, await other.Definitions.ExportAsync("proc"));
    }

    [Fact]
    public async Task WorkflowActivity_ChildRepublishedWhileParentWaits_ParentKeepsPinnedChild()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        string Child(string text) => Wf.Chain("child", Wf.WriteLine("w", text)).Replace("\"usableAsActivity\":false", "\"usableAsActivity\":true");
        await engine.Definitions.ImportAsync(Child("child v1"), publish: true);
        await engine.Definitions.ImportAsync(Wf.Chain("parent",
            Wf.Activity("e", "Elsa.Event", ("eventName", Wf.Literal("go"))),
            Wf.Activity("c", "Child")), publish: true);
        await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "parent" });

        await engine.Definitions.ImportAsync(Child("child v2"), publish: true);
        await stores.NewEngine().Runtime.TriggerEventAsync("go", null);
        await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "parent" });
        await engine.Runtime.TriggerEventAsync("go", null);

        Assert.Equal(["child v1", "child v2"], stores.Lines);
    }

    [Fact]
    public async Task ExecuteWorkflow_ChildSuspends_ParentResumesWhenChildFinishes()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        await engine.Definitions.ImportAsync(Wf.Chain("child",
            Wf.Activity("e", "Elsa.Event", ("eventName", Wf.Literal("child-go"))),
            Wf.Activity("o", "Elsa.SetOutput", ("outputName", Wf.Literal("Answer")), ("outputValue", Wf.Literal("42", "Object")))), publish: true);
        var parent = JsonNode.Parse(Wf.Chain("parent",
            Wf.Activity("x", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Wf.Literal("child")), ("waitForCompletion", Wf.Literal(true, "Boolean")),
                ("correlationId", Wf.Literal("corr-9")), ("result", new JsonObject { ["memoryReference"] = new JsonObject { ["id"] = "R" } })),
            Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("'child said ' + getR().output.Answer", "String")))))!.AsObject();
        parent["variables"] = new JsonArray(new JsonObject { ["id"] = "R", ["name"] = "R", ["typeName"] = "Object" });
        await engine.Definitions.ImportAsync(parent.ToJsonString(), publish: true);

        var started = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "parent" });
        var child = Assert.Single(await engine.Runtime.ListAsync(new() { DefinitionId = "child" }));
        await engine.Runtime.TriggerEventAsync("child-go", "corr-9");

        Assert.Equal(WorkflowSubStatus.Suspended, started.SubStatus);
        Assert.Equal((started.Instance.Id, "corr-9"), (child.Properties["ParentInstanceId"], child.CorrelationId));
        Assert.Equal(WorkflowSubStatus.Finished, (await engine.Runtime.GetAsync(started.Instance.Id))!.SubStatus);
        Assert.Equal(["child said 42"], stores.Lines);
    }

    [Fact]
    public async Task ExecuteWorkflow_ChildCompletesWithOutcome_ResultCarriesOutcomes()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        await engine.Definitions.ImportAsync(Wf.Chain("child", Wf.Activity("c", "Elsa.Complete", ("outcomes", Wf.Literal("Approved", "Object")))), publish: true);
        var parent = JsonNode.Parse(Wf.Chain("parent",
            Wf.Activity("x", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Wf.Literal("child")), ("waitForCompletion", Wf.Literal(true, "Boolean")),
                ("result", new JsonObject { ["memoryReference"] = new JsonObject { ["id"] = "R" } })),
            Wf.Activity("w", "Elsa.WriteLine", ("text", Wf.Js("getR().outcomes.join(',')", "String")))))!.AsObject();
        parent["variables"] = new JsonArray(new JsonObject { ["id"] = "R", ["name"] = "R", ["typeName"] = "Object" });
        await engine.Definitions.ImportAsync(parent.ToJsonString(), publish: true);

        await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "parent" });

        Assert.Equal(["Approved"], stores.Lines);
    }

    [Fact]
    public async Task Start_OnlyDraftExists_RequiresAllowDraft()
    {
        var stores = new SharedStores();
        var engine = stores.NewEngine();
        await engine.Definitions.ImportAsync(Wf.Chain("draft", Wf.WriteLine("w", "draft ran")), publish: false);

        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "draft" }));
        var result = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "draft", AllowDraft = true });

        Assert.Equal(WorkflowSubStatus.Finished, result.SubStatus);
        Assert.Equal(["draft ran"], stores.Lines);
    }

    [Fact]
    public async Task ExecuteWorkflow_StartsItselfForever_FaultsInsteadOfOverflowingStack()
    {
        var engine = WorkflowEngine.Create();
        await engine.Definitions.ImportAsync(Wf.Chain("self",
            Wf.Activity("x", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Wf.Literal("self")), ("waitForCompletion", Wf.Literal(true, "Boolean")))), publish: true);

        var result = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "self" });

        var all = await engine.Runtime.ListAsync(new() { DefinitionId = "self", Take = 1000 });
        Assert.Equal(WorkflowSubStatus.Finished, result.SubStatus);
        Assert.Equal(WorkflowRuntime.MaxNesting + 1, all.Count);
        var deepest = Assert.Single(all, i => i.SubStatus == WorkflowSubStatus.Faulted);
        Assert.Contains("nested more than", Assert.Single(deepest.Incidents).Message);
    }
}
