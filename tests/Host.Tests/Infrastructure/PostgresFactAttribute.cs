namespace Participatie.Host.Tests.Infrastructure;

/// <summary>
/// A test that needs the throwaway PostgreSQL cluster (PARTICIPATIE_TEST_POSTGRES, set by ./test.sh and so in CI). A plain
/// `dotnet test` without it skips the test and says how to run it.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresTestDatabase.Variable)))
        {
            Skip = $"{PostgresTestDatabase.Variable} is not set: run ./test.sh, which starts a throwaway PostgreSQL cluster "
                + "(or tests/postgres.sh start DIR and export the connection string it prints).";
        }
    }
}
