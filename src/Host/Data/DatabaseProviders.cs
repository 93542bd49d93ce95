namespace Participatie.Host.Data;

/// <summary>The database providers Participatie runs on (<c>Participatie:Database</c>).</summary>
public static class DatabaseProviders
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static readonly IReadOnlyList<string> All = [Sqlite, Postgres];
}
