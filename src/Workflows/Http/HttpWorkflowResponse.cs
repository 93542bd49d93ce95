namespace Participatie.Workflows.Http;

/// <summary>A response a workflow wrote with WriteHttpResponse.</summary>
public sealed record HttpWorkflowResponse(int StatusCode, string? ContentType, string Body, IReadOnlyDictionary<string, string> Headers);
