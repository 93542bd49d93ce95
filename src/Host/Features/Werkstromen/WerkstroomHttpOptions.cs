using System.ComponentModel.DataAnnotations;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// HTTP in workflows, configured by beheer (<c>Participatie:Werkstromen:Http</c>): who may call the workflows'
/// endpoints under <c>/workflows/</c>, and where SendHttpRequest may go.
/// </summary>
public sealed class WerkstroomHttpOptions
{
    public const string Section = "Participatie:Werkstromen:Http";

    /// <summary>
    /// API keys for systems that call workflow endpoints, as SHA-256 hashes (hex) of the key, so the configuration
    /// holds no usable secret. Callers send the key itself in the <c>X-Api-Key</c> header.
    /// </summary>
    public List<WerkstroomApiSleutel> ApiKeys { get; set; } = [];

    /// <summary>
    /// Whether an endpoint whose <c>authorize</c> is off may be called without a staff login or API key. Off by
    /// default: a designer's switch alone does not open the municipality's server to the internet.
    /// </summary>
    public bool AllowAnonymousEndpoints { get; set; }

    /// <summary>Hosts SendHttpRequest may call (names or IP literals; <c>*.example.nl</c> for subdomains). Empty: none.</summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>Internal networks (CIDR) SendHttpRequest may reach after all, e.g. an intranet service. Empty: none.</summary>
    public List<string> AllowedPrivateNetworks { get; set; } = [];

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    [Range(1, 64 * 1024 * 1024)]
    public long MaxResponseBytes { get; set; } = 1024 * 1024;

    /// <summary>Characters of a request or response body the instance viewer shows; the rest is cut.</summary>
    [Range(0, 1024 * 1024)]
    public int JournalBodyLimit { get; set; } = 4096;
}
