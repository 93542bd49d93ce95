using Microsoft.Extensions.Options;
using Participatie.Host.Options;

namespace Participatie.Host.Data;

/// <summary>Resolves the data folder and the connection string from configuration, with the embedded SQLite default.</summary>
public sealed class DatabaseLocation
{
    public const string ConnectionStringName = "Participatie";

    public DatabaseLocation(IConfiguration configuration, IHostEnvironment environment, IOptions<ParticipatieOptions> options)
    {
        DataDirectory = Path.GetFullPath(options.Value.DataDirectory, environment.ContentRootPath);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        ConnectionString = string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(DataDirectory, "participatie.db")}"
            : configured;
    }

    public string DataDirectory { get; }

    public string ConnectionString { get; }

    public void EnsureDataDirectory() => Directory.CreateDirectory(DataDirectory);
}
