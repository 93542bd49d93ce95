using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Participatie.Host.Tests.Infrastructure;

/// <summary>
/// The real host over its own temporary data folder (its own SQLite database), so no test sees
/// another test's data. Development environment unless told otherwise, as `dotnet run` would be.
/// In the PostgreSQL pass (<see cref="TestProviders"/>) a host that does not choose its database itself gets a
/// PostgreSQL database of its own on the throwaway cluster instead.
/// </summary>
public class ParticipatieFactory : WebApplicationFactory<Program>
{
    public const string DirectLineSecret = "test-geheim-voor-direct-line";

    private PostgresTestDatabase? postgres;

    private readonly string environment;
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly bool ownsDataDirectory;

    public ParticipatieFactory()
        : this("Development")
    {
    }

    /// <param name="environment">ASP.NET Core environment name.</param>
    /// <param name="settings">Configuration overrides.</param>
    /// <param name="dataDirectory">Reuse another host's data folder, to test a restart.</param>
    protected ParticipatieFactory(string environment, IReadOnlyDictionary<string, string?>? settings = null, string? dataDirectory = null, TimeProvider? clock = null)
    {
        Clock = clock;
        this.environment = environment;
        this.settings = settings ?? new Dictionary<string, string?>();
        ownsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "participatie-tests", Guid.NewGuid().ToString("N"));
    }

    public string DataDirectory { get; }

    /// <summary>The clock the host runs on, when the test controls time.</summary>
    public TimeProvider? Clock { get; }

    /// <summary>The clock the running host reads: the test's own, or the system clock. Derive every date a test sends from it.</summary>
    public TimeProvider HostClock => Services.GetRequiredService<TimeProvider>();

    /// <summary>
    /// Starts on a copy of the seeded demo database (<see cref="SeededDatabase"/>) instead of seeding it again. Only the
    /// plain development host does: settings, another clock or another data folder can change what seeding produces.
    /// </summary>
    private bool StartsFromTemplate => postgres is null && ownsDataDirectory && Clock is null && settings.Count == 0 && environment == "Development" && UsesTemplate;

    /// <summary>False for a host that must seed for itself (the one that makes the template).</summary>
    protected virtual bool UsesTemplate => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (ownsDataDirectory && !settings.ContainsKey("Participatie:Database") && TestProviders.Postgres)
        {
            postgres ??= new PostgresTestDatabase();
            foreach (var (key, value) in postgres.HostSettings)
            {
                builder.UseSetting(key, value);
            }
        }

        if (StartsFromTemplate && !File.Exists(Path.Combine(DataDirectory, "participatie.db")))
        {
            SeededDatabase.CopyTo(DataDirectory);
        }

        builder.UseEnvironment(environment);
        builder.UseSetting("Participatie:DataDirectory", DataDirectory);
        builder.UseSetting("DirectLine:Secret", DirectLineSecret);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(Clock));
        }
    }

    /// <summary>A context on the host's own database, for tests that look below the API.</summary>
    public async Task<Participatie.Host.Data.ParticipatieDbContext> CreateDbContextAsync() =>
        await Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Participatie.Host.Data.ParticipatieDbContext>>().CreateDbContextAsync();

    /// <summary>A client signed in with the demo account of <paramref name="role"/>.</summary>
    public async Task<HttpClient> CreateStaffClientAsync(string role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = role, password = "participatie-demo" });
        response.EnsureSuccessStatusCode();
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            postgres?.Dispose();
        }

        if (disposing && ownsDataDirectory)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless; failing a test over it is not.
            }
        }
    }
}
