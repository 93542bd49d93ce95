using System.Text.Json.Nodes;
using Participatie.Workflows.Model;
using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Activities;

/// <summary>
/// Base of every activity. Instances are built once per compiled definition and shared by all runs: keep run state in
/// the <see cref="ActivityExecutionContext"/> (properties, variables, bookmarks), never in fields.
/// </summary>
public abstract class Activity
{
    /// <summary>Id inside its flowchart/sequence (from the JSON).</summary>
    public string Id { get; internal set; } = "";
    public string? Name { get; internal set; }
    /// <summary>Type name, e.g. <c>Elsa.WriteLine</c>.</summary>
    public string Type { get; internal set; } = "";
    /// <summary>Unique path in the compiled graph.</summary>
    public string NodeId { get; internal set; } = "";
    /// <summary>The definition node this activity was built from.</summary>
    public ActivityNode Node { get; internal set; } = new();
    public Activity? Parent { get; internal set; }
    /// <summary>Custom properties from the JSON (<c>customProperties</c>).</summary>
    public JsonObject CustomProperties => Node.Properties["customProperties"] as JsonObject ?? [];

    /// <summary>Runs the activity. Call <see cref="ActivityExecutionContext.Complete"/>, create a bookmark, or schedule children.</summary>
    public abstract ValueTask ExecuteAsync(ActivityExecutionContext context);

    /// <summary>A bookmark of this activity was resumed. Default: complete with Done.</summary>
    public virtual ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }

    /// <summary>A child scheduled by this activity completed. Default: complete this activity.</summary>
    public virtual ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child, IReadOnlyList<string> outcomes)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }

    /// <summary>A child of this activity was canceled (e.g. by a WaitAny join).</summary>
    public virtual ValueTask OnChildCanceledAsync(ActivityExecutionContext context, ActivityExecutionContext child) => ValueTask.CompletedTask;

    /// <summary>Direct children in the compiled graph.</summary>
    public virtual IEnumerable<Activity> Children => [];

    /// <summary>True when this activity starts its own variable scope (a workflow used as an activity).</summary>
    public virtual bool IsWorkflowBoundary => false;

    public override string ToString() => Name is null ? $"{Type} {Id}" : $"{Type} {Id} ({Name})";
}
