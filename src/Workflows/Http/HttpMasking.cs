namespace Participatie.Workflows.Http;

/// <summary>What the journal may show of HTTP headers and bodies: credentials never, bodies only up to a limit.</summary>
public static class HttpMasking
{
    public const string Mask = "***";

    private static readonly string[] SecretHeaderParts = ["authorization", "cookie", "api-key", "api_key", "apikey", "token", "secret", "password", "signature"];

    /// <summary>Copies headers, replacing the value of every header that carries a credential.</summary>
    public static Dictionary<string, string> Headers(IEnumerable<KeyValuePair<string, string>> headers) =>
        headers.ToDictionary(h => h.Key, h => IsSecret(h.Key) ? Mask : h.Value, StringComparer.OrdinalIgnoreCase);

    public static bool IsSecret(string headerName)
    {
        var name = headerName.ToLowerInvariant();
        return SecretHeaderParts.Any(name.Contains);
    }

    /// <summary>The body cut at <paramref name="limit"/> characters (none when the limit is zero or less).</summary>
    public static (string Body, bool Truncated) Body(string? body, int limit)
    {
        body ??= "";
        if (limit <= 0) return ("", body.Length > 0);
        return body.Length <= limit ? (body, false) : (body[..limit], true);
    }
}
