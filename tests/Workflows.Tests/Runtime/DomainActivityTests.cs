using System.Text.Json.Nodes;
using Participatie.Workflows.Persistence;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Tests.Support;

namespace Participatie.Workflows.Tests.Runtime;

public sealed class DomainActivityTests
{
    private static readonly string Definition = Wf.Flowchart("approval",
        [
            Wf.Activity("ask", "Participatie.AwaitApproval", ("approver", Wf.Literal("wijkcoordinator")), ("comment", new JsonObject { ["typeName"] = "String", ["memoryReference"] = new JsonObject { ["id"] = "Comment" } })),
            Wf.Activity("yes", "Elsa.WriteLine", ("text", Wf.Js("'approved: ' + getComment()", "String"))),
            Wf.WriteLine("no", "rejected"),
        ],
        [Wf.Connect("ask", "yes", "Approved"), Wf.Connect("ask", "no", "Rejected")],
        variables: [new JsonObject { ["id"] = "Comment", ["name"] = "Comment", ["typeName"] = "String" }]);

    [Fact]
    public void Registry_DomainActivity_DescribesInputsOutputsAndPorts()
    {
        var engine = WorkflowEngine.Create(b => b.AddActivity<AwaitApproval>());

        var descriptor = engine.Registry.Find("Participatie.AwaitApproval")!;

        Assert.Equal("Tasks", descriptor.Category);
        Assert.Equal(("approver", "String"), (descriptor.Inputs.Single().Name, descriptor.Inputs.Single().TypeName));
        Assert.Equal("comment", descriptor.Outputs.Single().Name);
        Assert.Equal(["Approved", "Rejected"], descriptor.Ports);
    }

    [Fact]
    public async Task DomainActivity_ResumedFromOutsideAfterRestart_FollowsDecisionPort()
    {
        var stores = new SharedStores();
        var inbox = new ApprovalInbox();
        var engine = stores.NewEngine(b => b.AddActivity<AwaitApproval>().UseServices(inbox));
        Assert.True((await engine.Definitions.ImportAsync(Definition, publish: true)).Succeeded);
        var started = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "approval" });
        Assert.Equal(WorkflowSubStatus.Suspended, started.SubStatus);
        var task = Assert.Single(inbox.Items);
        Assert.Equal("Approve approval?", started.Bookmarks[0].GetStimulus<ApprovalStimulus>()!.Question);

        var restarted = stores.NewEngine(b => b.AddActivity<AwaitApproval>().UseServices(inbox));
        var results = await restarted.Runtime.ResumeAsync(
            new BookmarkQuery { Name = AwaitApproval.BookmarkName, Key = "wijkcoordinator", InstanceId = task.InstanceId },
            new JsonObject { ["approved"] = true, ["comment"] = "mooi plan" });

        var result = Assert.Single(results);
        Assert.Equal(WorkflowSubStatus.Finished, result.SubStatus);
        Assert.Equal("wijkcoordinator", result.Instance.Properties["decidedBy"]);
        Assert.Equal(["approved: mooi plan"], stores.Lines);
    }

    [Fact]
    public async Task DomainActivity_ServiceMissing_FaultsWithIncident()
    {
        var engine = WorkflowEngine.Create(b => b.AddActivity<AwaitApproval>());
        await engine.Definitions.ImportAsync(Definition, publish: true);

        var result = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "approval" });

        Assert.Equal(WorkflowSubStatus.Faulted, result.SubStatus);
        Assert.Contains("ApprovalInbox", Assert.Single(result.Incidents).Message);
    }

    [Fact]
    public async Task DomainActivity_NeitherCompletesNorBlocks_FaultsInsteadOfHanging()
    {
        var engine = WorkflowEngine.Create(b => b.AddActivity<DoNothing>());
        await engine.Definitions.ImportAsync(Wf.Chain("d", Wf.Activity("x", "Participatie.DoNothing"), Wf.WriteLine("w", "after")), publish: true);

        var result = await engine.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "d" });

        Assert.Equal(WorkflowSubStatus.Faulted, result.SubStatus);
        Assert.Contains("neither completed", Assert.Single(result.Incidents).Message);
    }
}
