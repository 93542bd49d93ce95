using System.Net;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Api;

public sealed class ProductionAuthTests : IClassFixture<ProductionFactory>
{
    private readonly ProductionFactory factory;

    public ProductionAuthTests(ProductionFactory factory) => this.factory = factory;

    [Fact]
    public async Task Login_DemoAccountInProduction_DoesNotExist()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "beheer", password = "participatie-demo" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
