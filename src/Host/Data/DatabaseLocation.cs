using Microsoft.Extensions.Options;
using Participatie.Host.Options;

namespace Participatie.Host.Data;

/// <summary>Resolves the data folder and the connection string from configuration, with the embedded SQLite default.</summary>
public sealed class DatabaseLocation
{
    public const string ConnectionStringName = "Participatie";

    public DatabaseLocation(IConfiguration configuration, IOptions<ParticipatieOptions> options)
    {
        DataDirectory = ResolveDataDirectory(options.Value.DataDirectory);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        ConnectionString = string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(DataDirectory, "participatie.db")}"
            : configured;
    }

    public string DataDirectory { get; }

    /// <summary>A relative data folder is relative to the folder the product was started from.</summary>
    public static string ResolveDataDirectory(string? configured) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "./data" : configured, Directory.GetCurrentDirectory());

    public string ConnectionString { get; }

    public void EnsureDataDirectory() => Directory.CreateDirectory(DataDirectory);
}
