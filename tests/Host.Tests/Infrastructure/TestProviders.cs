namespace Participatie.Host.Tests.Infrastructure;

/// <summary>
/// The Host's tests run on both providers: ./test.sh runs this project a second time with <see cref="Variable"/>=postgres,
/// and <see cref="ParticipatieFactory"/> and <see cref="TestDatabase"/> then give each test a PostgreSQL database of its
/// own instead of a SQLite file. Tests of one provider's own behaviour carry the trait <see cref="Trait"/> with
/// <see cref="SqliteOnly"/> or <see cref="PostgresOnly"/> and run in one pass only.
/// </summary>
public static class TestProviders
{
    public const string Trait = "Providers";

    /// <summary>About the SQLite file itself (its upgrade, its triggers, a damaged file).</summary>
    public const string SqliteOnly = "sqlite";

    /// <summary>About PostgreSQL itself or several nodes; already on PostgreSQL in the first pass.</summary>
    public const string PostgresOnly = "postgres";

    public const string Variable = "PARTICIPATIE_TEST_PROVIDER";

    /// <summary>This pass runs on PostgreSQL.</summary>
    public static bool Postgres =>
        string.Equals(Environment.GetEnvironmentVariable(Variable), "postgres", StringComparison.OrdinalIgnoreCase);
}
