using Participatie.Workflows.Triggers;

namespace Participatie.Workflows.Http;

/// <summary>The endpoint answering a request, or why none does (unknown path: 404; known path, other method: 405).</summary>
public sealed record HttpRouteMatch(WorkflowTrigger? Trigger, bool MethodNotAllowed);
