using System.Text.Json.Nodes;

namespace Participatie.Workflows.Runtime;

/// <summary>The outcome of a start or resume: the saved instance and the WriteLine output of this burst.</summary>
public sealed record WorkflowRunResult(WorkflowInstance Instance, IReadOnlyList<string> Lines)
{
    public WorkflowStatus Status => Instance.Status;
    public WorkflowSubStatus SubStatus => Instance.SubStatus;
    public JsonObject Output => Instance.Output;
    public IReadOnlyList<Bookmark> Bookmarks => Instance.Bookmarks;
    public IReadOnlyList<Incident> Incidents => Instance.Incidents;
}
