using Microsoft.EntityFrameworkCore;
using Npgsql;
using Participatie.Host.Data;

namespace Participatie.Host.Tests.Infrastructure;

/// <summary>
/// A database of its own on the throwaway PostgreSQL cluster that ./test.sh starts (PARTICIPATIE_TEST_POSTGRES), dropped
/// afterwards. Without the variable (a plain `dotnet test`) the tests that need it fail with the command to run instead.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public const string Variable = "PARTICIPATIE_TEST_POSTGRES";

    public PostgresTestDatabase()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException($"{Variable} is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL cluster.");
        }

        Name = "participatie_" + Guid.NewGuid().ToString("N")[..16];
        ServerConnectionString = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name, Pooling = true }.ConnectionString;
    }

    public string Name { get; }

    public string ServerConnectionString { get; }

    public string ConnectionString { get; }

    /// <summary>The settings that put a Host on this database.</summary>
    public IReadOnlyDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Participatie:Database"] = DatabaseProviders.Postgres,
        ["ConnectionStrings:Participatie"] = ConnectionString,
    };

    public PostgresParticipatieDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<PostgresParticipatieDbContext>().UseNpgsql(ConnectionString).Options);

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ServerConnectionString);
        connection.Open();
        using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)";
        drop.ExecuteNonQuery();
    }
}
