namespace Participatie.Workflows.Http;

/// <summary>An HTTP request for a workflow endpoint, as the Host read it (body already limited in size).</summary>
public sealed record HttpWorkflowRequest
{
    public required string Method { get; init; }
    /// <summary>The path under the workflows base path, e.g. <c>/hello-world</c>.</summary>
    public required string Path { get; init; }
    public IReadOnlyDictionary<string, string> Query { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
    public string? ContentType { get; init; }
    public string Body { get; init; } = "";
    /// <summary>Who called, as the Host authenticated them (staff user name or "api-key:NAME"); null when anonymous.</summary>
    public string? Caller { get; init; }
}
