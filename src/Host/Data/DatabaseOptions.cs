namespace Participatie.Host.Data;

/// <summary>Where the data lives: the database settings under the <c>Participatie</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Participatie";

    /// <summary>Folder for the embedded database, data-protection keys and uploads. Relative paths are resolved against the folder the product is started from.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>
    /// The database: <c>sqlite</c> (embedded, the default: one node) or <c>postgres</c> (several nodes on one database;
    /// the connection string <c>ConnectionStrings:Participatie</c> is then required).
    /// </summary>
    public string Database { get; set; } = DatabaseProviders.Sqlite;
}
