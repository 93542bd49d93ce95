namespace Participatie.Workflows.Http;

/// <summary>A response as SendHttpRequest sees it: status, headers and the body as text (within the size limit).</summary>
public sealed record HttpSendResult(int StatusCode, string? ContentType, string Body, IReadOnlyDictionary<string, string> Headers);
