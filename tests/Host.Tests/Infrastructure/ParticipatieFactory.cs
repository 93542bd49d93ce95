using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Participatie.Host.Tests.Infrastructure;

/// <summary>
/// The real host over its own temporary data folder (its own SQLite database), so no test sees
/// another test's data. Development environment unless told otherwise, as `dotnet run` would be.
/// </summary>
public class ParticipatieFactory : WebApplicationFactory<Program>
{
    private readonly string environment;

    public ParticipatieFactory()
        : this("Development")
    {
    }

    protected ParticipatieFactory(string environment)
    {
        this.environment = environment;
        DataDirectory = Path.Combine(Path.GetTempPath(), "participatie-tests", Guid.NewGuid().ToString("N"));
    }

    public string DataDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Participatie:DataDirectory", DataDirectory);
    }

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
