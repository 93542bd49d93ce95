using System.Text.Json;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Triggers;

namespace Participatie.Workflows.Http;

/// <summary>
/// Finds the published workflow whose HttpEndpoint answers a path and method, and runs a new instance of it for a
/// request. The Host authenticates before <see cref="RunAsync"/> (the trigger says whether and whom) and writes the
/// response; this library knows nothing of ASP.NET.
/// </summary>
public sealed class HttpWorkflowDispatcher
{
    private readonly EngineContext _engine;

    internal HttpWorkflowDispatcher(EngineContext engine) => _engine = engine;

    /// <summary>The endpoint for this path and method; <see cref="HttpRouteMatch.MethodNotAllowed"/> when only the path is known.</summary>
    public async Task<HttpRouteMatch> MatchAsync(string method, string path, CancellationToken cancellationToken = default)
    {
        var normalized = WorkflowTriggerIndex.NormalizePath(path);
        var routes = (await _engine.Triggers.ListAsync(cancellationToken))
            .Where(t => t.ActivityType == TriggerTypes.HttpEndpoint && t.Path == normalized).ToList();
        var trigger = routes.FirstOrDefault(t => t.Methods.Contains(method.ToUpperInvariant()));
        return new HttpRouteMatch(trigger, trigger is null && routes.Count > 0);
    }

    /// <summary>
    /// Starts an instance at the endpoint with the request and runs its first burst; the response is what
    /// WriteHttpResponse wrote in that burst (null when it wrote none: the workflow went on without answering).
    /// </summary>
    public async Task<HttpWorkflowResult> RunAsync(WorkflowTrigger trigger, HttpWorkflowRequest request, CancellationToken cancellationToken = default)
    {
        var slot = new HttpResponseSlot();
        var run = await _engine.Runtime.StartAsync(new StartWorkflowRequest
        {
            DefinitionId = trigger.DefinitionId,
            DefinitionVersionId = trigger.DefinitionVersionId,
            TriggerActivityId = trigger.ActivityId,
            TriggerPayload = JsonSerializer.SerializeToNode(request, JsonSerializerOptions.Web),
            HttpResponse = slot,
        }, cancellationToken);
        return new HttpWorkflowResult(run, slot.Response);
    }
}
