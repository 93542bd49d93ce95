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

    /// <summary>A copy of a value with every property whose name carries a credential masked, at any depth.</summary>
    public static System.Text.Json.Nodes.JsonNode? MaskJson(System.Text.Json.Nodes.JsonNode? value)
    {
        switch (value)
        {
            case System.Text.Json.Nodes.JsonObject obj:
                var copy = new System.Text.Json.Nodes.JsonObject();
                foreach (var (key, item) in obj) copy[key] = IsSecret(key) ? Mask : MaskJson(item);
                return copy;
            case System.Text.Json.Nodes.JsonArray array:
                return new System.Text.Json.Nodes.JsonArray([.. array.Select(MaskJson)]);
            default:
                return value?.DeepClone();
        }
    }

    /// <summary>The body cut at <paramref name="limit"/> characters (none when the limit is zero or less).</summary>
    public static (string Body, bool Truncated) Body(string? body, int limit)
    {
        body ??= "";
        if (limit <= 0) return ("", body.Length > 0);
        return body.Length <= limit ? (body, false) : (body[..limit], true);
    }
}
