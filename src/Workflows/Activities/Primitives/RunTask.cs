using System.Text.Json.Nodes;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Activities.Primitives;

/// <summary>
/// Requests an external task and waits until it is completed (<see cref="WorkflowRuntime.CompleteTaskAsync"/>).
/// The bookmark key is the task id; its payload holds the task name and payload.
/// </summary>
[Activity("Elsa", "Primitives", "Run an external task and wait for its completion.")]
public sealed class RunTask : Activity
{
    public const string BookmarkName = "Elsa.RunTask";

    [Input(Description = "The task name.")]
    public Input<string> TaskName { get; set; } = new();

    [Input(Description = "Data for the task.")]
    public Input<object> Payload { get; set; } = new();

    [Output(Description = "The task result.")]
    public Output<object> Result { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.CreateBookmark(new RunTaskStimulus(Guid.NewGuid().ToString("N"), await context.GetAsync(TaskName), await context.EvaluateAsync(Payload)));
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        context.Set(Result, (object?)input);
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
