using Participatie.Host.Data;

namespace Participatie.Host.Options;

/// <summary>Settings under the <c>Participatie</c> configuration section.</summary>
public sealed class ParticipatieOptions
{
    public const string SectionName = "Participatie";

    /// <summary>Folder for the embedded database, data-protection keys and uploads. Relative paths are resolved against the folder the product is started from.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>
    /// The database: <c>sqlite</c> (embedded, the default: one node) or <c>postgres</c> (several nodes on one database;
    /// the connection string <c>ConnectionStrings:Participatie</c> is then required).
    /// </summary>
    public string Database { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>Fill an empty database with the demo gemeente on first start.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>
    /// The largest request body the server reads, unless an endpoint declares its own limit (chat uploads, chat
    /// messages). Counted on the stream, so chunked bodies are held to it too.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = Security.RequestBodyLimits.DefaultMaxBytes;

    /// <summary>
    /// Reverse proxies (IP addresses or CIDR networks) whose X-Forwarded-For and X-Forwarded-Proto are believed. Empty:
    /// those headers are ignored.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];
}
