using System.Text.Json.Nodes;
using Participatie.Workflows.Activities;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Tests.Runtime;

/// <summary>Example domain activity (as the Host writes HumanTask): registers a task in a service, blocks, resumes with a decision.</summary>
[Activity("Participatie", "Tasks", "Wait for an approval decision.")]
[Ports("Approved", "Rejected")]
public sealed class AwaitApproval : Activity
{
    public const string BookmarkName = "Participatie.Approval";

    [Input(Description = "Who decides.")]
    public Input<string> Approver { get; set; } = new();

    [Output(Description = "The decision's comment.")]
    public Output<string> Comment { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var approver = await context.GetAsync(Approver) ?? "";
        var inbox = context.GetRequiredService<ApprovalInbox>();
        var bookmark = context.CreateBookmark(new ApprovalStimulus(approver, $"Approve {context.Instance.Name}?"));
        context.AfterCommit(_ =>
        {
            inbox.Add(context.InstanceId, bookmark.Id, approver);
            return Task.CompletedTask;
        });
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        var stimulus = bookmark.GetStimulus<ApprovalStimulus>()!;
        context.Instance.Properties["decidedBy"] = stimulus.Approver;
        context.Set(Comment, input?["comment"]?.GetValue<string>());
        context.Complete(input?["approved"]?.GetValue<bool>() == true ? "Approved" : "Rejected");
        return ValueTask.CompletedTask;
    }
}
