namespace Participatie.Host.DirectLine;

/// <summary>Settings under <c>DirectLine</c>.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The secret a municipal site's back end uses with <c>/tokens/generate</c> (or directly with
    /// <c>/conversations</c>). Empty disables secret access; residents then use <c>/api/chat/token</c>.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Origins of municipal sites that embed the chat: they may call the chat API (CORS) and frame the /chat page.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long a token is valid; clients refresh before it runs out.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public long MaxUploadBytes { get; set; } = 5 * 1024 * 1024;

    public string[] AllowedUploadTypes { get; set; } = ["image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf"];

    /// <summary>Requests per conversation per second, sustained (token bucket).</summary>
    public int RequestsPerSecond { get; set; } = 10;

    /// <summary>Burst allowance per conversation.</summary>
    public int RequestBurst { get; set; } = 40;
}
