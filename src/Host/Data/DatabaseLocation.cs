using Microsoft.Extensions.Options;

namespace Participatie.Host.Data;

/// <summary>Resolves the data folder and the connection string from configuration, with the embedded SQLite default.</summary>
public sealed class DatabaseLocation
{
    public const string ConnectionStringName = "Participatie";

    public DatabaseLocation(IConfiguration configuration, IOptions<DatabaseOptions> options)
    {
        IsPostgres = Provider(configuration) == DatabaseProviders.Postgres;
        DataDirectory = ResolveDataDirectory(options.Value.DataDirectory);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured) && Provider(configuration) == DatabaseProviders.Postgres)
        {
            throw new DatabaseUnavailableException(
                $"Participatie:Database is 'postgres' but ConnectionStrings:{ConnectionStringName} is empty; give the PostgreSQL connection string (e.g. Host=db;Database=participatie;Username=participatie;Password=…).");
        }

        ConnectionString = string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(DataDirectory, "participatie.db")}"
            : configured;
    }

    /// <summary>The configured provider (<c>Participatie:Database</c>), checked: an unknown name stops the Host with one clear line.</summary>
    public static string Provider(IConfiguration configuration)
    {
        var provider = (configuration[$"{DatabaseOptions.SectionName}:Database"] ?? DatabaseProviders.Sqlite).Trim().ToLowerInvariant();
        return DatabaseProviders.All.Contains(provider)
            ? provider
            : throw new DatabaseUnavailableException(
                $"Participatie:Database is '{provider}', which Participatie does not know; use {string.Join(" or ", DatabaseProviders.All)}.");
    }

    public string DataDirectory { get; }

    /// <summary>Several nodes may share this database (PostgreSQL), as opposed to the embedded SQLite file of one node.</summary>
    public bool IsPostgres { get; }

    /// <summary>A relative data folder is relative to the folder the product was started from.</summary>
    public static string ResolveDataDirectory(string? configured) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "./data" : configured, Directory.GetCurrentDirectory());

    public string ConnectionString { get; }

    public void EnsureDataDirectory() => Directory.CreateDirectory(DataDirectory);
}
