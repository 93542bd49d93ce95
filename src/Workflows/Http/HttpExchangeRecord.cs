namespace Participatie.Workflows.Http;

/// <summary>
/// An HTTP request and its response as the journal keeps them for the instance viewer: secrets masked
/// (<see cref="HttpMasking"/>), bodies cut at <see cref="Runtime.WorkflowEngineOptions.HttpJournalBodyLimit"/>.
/// </summary>
public sealed record HttpExchangeRecord
{
    /// <summary><c>incoming</c> (HttpEndpoint/WriteHttpResponse) or <c>outgoing</c> (SendHttpRequest).</summary>
    public string Direction { get; init; } = "incoming";
    /// <summary>Who called an HttpEndpoint, as the Host authenticated them (staff user name or <c>api-key:NAME</c>); null when anonymous.</summary>
    public string? Caller { get; init; }
    public string? Method { get; init; }
    public string? Url { get; init; }
    public Dictionary<string, string>? RequestHeaders { get; init; }
    public string? RequestBody { get; init; }
    public bool RequestBodyTruncated { get; init; }
    public int? StatusCode { get; init; }
    public Dictionary<string, string>? ResponseHeaders { get; init; }
    public string? ResponseBody { get; init; }
    public bool ResponseBodyTruncated { get; init; }
    /// <summary>Why no response came (refused host, time-out, too large, connection failed).</summary>
    public string? Error { get; init; }
}
