using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Features.Werkstromen;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Workflows;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;

namespace Participatie.Host.Tests.Workflows;

public sealed class EfWorkflowStoreTests
{
    private const string WaitForEvent = """
    {
      "definitionId": "wacht-op-akkoord", "name": "Wacht op akkoord", "version": 1, "isPublished": true,
      "root": { "type": "Elsa.Flowchart", "id": "flow", "activities": [
        { "id": "start", "type": "Elsa.Start" },
        { "id": "wacht", "type": "Elsa.Event", "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "akkoord" } } },
        { "id": "klaar", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "akkoord ontvangen" } } }
      ], "connections": [
        { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "wacht", "port": "In" } },
        { "source": { "activity": "wacht", "port": "Done" }, "target": { "activity": "klaar", "port": "In" } }
      ] }
    }
    """;

    [Fact]
    public async Task InstanceStore_MeetsTheEngineContract()
    {
        var databases = new List<TestDatabase>();
        try
        {
            await StoreConformance.VerifyInstanceStoreAsync(() =>
            {
                var database = new TestDatabase();
                databases.Add(database);
                return new EfWorkflowInstanceStore(database.Factory);
            });
        }
        finally
        {
            databases.ForEach(d => d.Dispose());
        }
    }

    [Fact]
    public async Task DefinitionStore_MeetsTheEngineContract()
    {
        var databases = new List<TestDatabase>();
        try
        {
            await StoreConformance.VerifyDefinitionStoreAsync(() =>
            {
                var database = new TestDatabase();
                databases.Add(database);
                return new EfWorkflowDefinitionStore(database.Factory, TimeProvider.System);
            });
        }
        finally
        {
            databases.ForEach(d => d.Dispose());
        }
    }

    [Fact]
    public async Task SuspendedInstance_AfterRestart_ResumesFromTheDatabase()
    {
        using var database = new TestDatabase();
        var first = Engine(database);
        await first.Definitions.ImportAsync(WaitForEvent, publish: true);
        var started = await first.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "wacht-op-akkoord", CorrelationId = "INI-1" });

        // A new engine over the same database: what a process restart looks like.
        var second = Engine(database);
        var resumed = await second.Runtime.TriggerEventAsync("akkoord", "INI-1");

        Assert.Equal(WorkflowStatus.Running, started.Status);
        var result = Assert.Single(resumed);
        Assert.Equal(started.Instance.Id, result.Instance.Id);
        Assert.Equal(WorkflowStatus.Finished, result.Status);
        Assert.Contains("akkoord ontvangen", result.Lines);
        Assert.Empty(await second.Runtime.FindBookmarksAsync(new BookmarkQuery { InstanceId = started.Instance.Id }));
    }

    [Fact]
    public async Task SameEvent_FromEightEnginesAtOnce_ResumesExactlyOnce()
    {
        using var database = new TestDatabase();
        var setup = Engine(database);
        await setup.Definitions.ImportAsync(WaitForEvent, publish: true);
        var started = await setup.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "wacht-op-akkoord", CorrelationId = "INI-2" });
        var bookmark = Assert.Single(started.Bookmarks);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            try
            {
                var result = await Engine(database).Runtime.ResumeBookmarkAsync(started.Instance.Id, bookmark.Id, new JsonObject());
                return result.Lines.Count;
            }
            catch (Exception ex) when (ex is WorkflowConcurrencyException or InvalidOperationException or WorkflowNotFoundException)
            {
                return 0;
            }
        }));

        Assert.Equal(1, attempts.Sum());
        var instance = await setup.Runtime.GetAsync(started.Instance.Id);
        Assert.Equal(WorkflowStatus.Finished, instance!.Status);
        Assert.Single(instance.Journal, j => j.ActivityId == "klaar");
    }

    private static WorkflowEngine Engine(TestDatabase database) => WorkflowEngine.Create(b => b
        .UseStores(new EfWorkflowDefinitionStore(database.Factory, TimeProvider.System), new EfWorkflowInstanceStore(database.Factory)));

}
