using System.Text.Json.Nodes;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Activities.Composition;

/// <summary>
/// Starts another workflow as a separate instance (with input, correlation id and ParentInstanceId). With
/// waitForCompletion it waits for the child to finish and stores <c>{workflowInstanceId, status, subStatus, output}</c>
/// in Result, where outcomes are the ports the child finished with (a root-level Complete sets them).
/// </summary>
[Activity("Elsa", "Composition", "Start another workflow, optionally waiting for its completion.")]
public sealed class ExecuteWorkflow : Activity
{
    public const string BookmarkName = "Elsa.ExecuteWorkflow";

    [Input(Description = "Definition id of the workflow to run.")]
    public Input<string> WorkflowDefinitionId { get; set; } = new();

    [Input(Description = "Correlation id of the child instance.")]
    public Input<string> CorrelationId { get; set; } = new();

    [Input(Description = "Input of the child workflow.")]
    public Input<JsonObject> Input { get; set; } = new();

    [Input(Description = "Wait until the child finishes.")]
    public Input<bool> WaitForCompletion { get; set; } = new();

    [Output(Description = "The child's instance id, status and output.")]
    public Output<object> Result { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var definitionId = await context.GetAsync(WorkflowDefinitionId);
        if (string.IsNullOrEmpty(definitionId)) throw new InvalidOperationException("ExecuteWorkflow needs a workflow definition id.");
        var wait = await context.GetAsync(WaitForCompletion);
        var bookmark = wait ? context.CreateBookmark(BookmarkName) : null;
        var request = new StartWorkflowRequest
        {
            DefinitionId = definitionId,
            CorrelationId = await context.GetAsync(CorrelationId),
            Input = await context.GetAsync(Input),
            ParentInstanceId = context.InstanceId,
            ParentBookmarkId = bookmark?.Id,
            FlowchartMode = context.FlowchartMode,
            ParentExecution = context.Execution,
        };
        var result = await context.Runtime.StartAsync(request, context.CancellationToken);
        var summary = Summarize(result.Instance);
        if (!wait)
        {
            context.Complete();
            return;
        }
        if (result.Instance.Status == WorkflowStatus.Finished)
        {
            context.RemoveBookmark(bookmark!);
            context.Set(Result, (object?)summary);
            context.Complete();
        }
    }

    public override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        context.Set(Result, (object?)input);
        context.Complete();
        return ValueTask.CompletedTask;
    }

    internal static JsonObject Summarize(WorkflowInstance child) => new()
    {
        ["workflowInstanceId"] = child.Id,
        ["status"] = child.Status.ToString(),
        ["subStatus"] = child.SubStatus.ToString(),
        ["output"] = child.Output.DeepClone(),
        ["outcomes"] = new JsonArray(child.Outcomes.Select(o => (JsonNode?)JsonValue.Create(o)).ToArray()),
    };
}
