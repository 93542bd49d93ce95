using System.Net;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Api;

public sealed class HealthApiTests : IClassFixture<ParticipatieFactory>
{
    private readonly ParticipatieFactory factory;

    public HealthApiTests(ParticipatieFactory factory) => this.factory = factory;

    [Fact]
    public async Task Health_DatabaseReachable_Returns200Healthy()
    {
        var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    [Trait(TestProviders.Trait, TestProviders.SqliteOnly)]
    public async Task Health_DatabaseFileUnreadable_Returns503()
    {
        using var broken = new ParticipatieFactory();
        var client = broken.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        // Replace the database file with garbage: the check must notice.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var dbFile = Path.Combine(broken.DataDirectory, "participatie.db");
        foreach (var file in Directory.GetFiles(broken.DataDirectory, "participatie.db*"))
        {
            File.Delete(file);
        }

        await File.WriteAllTextAsync(dbFile, new string('x', 4096));

        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
