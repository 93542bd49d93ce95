using Participatie.Workflows.Runtime;

namespace Participatie.Workflows.Http;

/// <summary>The instance an HTTP request started, and the response its first burst wrote (if any).</summary>
public sealed record HttpWorkflowResult(WorkflowRunResult Run, HttpWorkflowResponse? Response);
