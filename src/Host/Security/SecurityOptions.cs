namespace Participatie.Host.Security;

/// <summary>The web server's limits and trusted proxies, under the <c>Participatie</c> configuration section.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Participatie";

    /// <summary>
    /// The largest request body the server reads, unless an endpoint declares its own limit (chat uploads, chat
    /// messages). Counted on the stream, so chunked bodies are held to it too.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = RequestBodyLimits.DefaultMaxBytes;

    /// <summary>
    /// Reverse proxies (IP addresses or CIDR networks) whose X-Forwarded-For and X-Forwarded-Proto are believed. Empty:
    /// those headers are ignored.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];
}
