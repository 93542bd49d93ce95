using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Api;

public sealed class AuthApiTests : IClassFixture<ParticipatieFactory>
{
    private readonly ParticipatieFactory factory;

    public AuthApiTests(ParticipatieFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("wijkcoordinator")]
    [InlineData("corporatie")]
    [InlineData("afdeling")]
    [InlineData("beleid")]
    [InlineData("beheer")]
    public async Task Login_DemoAccountOfRole_SignsInWithThatRole(string role)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

        var login = await client.PostAsJsonAsync("/api/auth/login", new { username = role, password = "participatie-demo" });
        var me = await client.GetFromJsonAsync<MeDto>("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(role, me!.Gebruikersnaam);
        Assert.Equal([role], me.Rollen);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401AndNoCookie()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

        var login = await client.PostAsJsonAsync("/api/auth/login", new { username = "beheer", password = "fout-wachtwoord" });
        var me = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.False(login.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task Login_MissingFields_Returns400WithDutchMessage()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "" });
        var problem = await response.Content.ReadFromJsonAsync<ProblemDto>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("gebruikersnaam", problem!.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Buurten_Anonymous_Returns401()
    {
        var response = await factory.CreateClient().GetAsync("/api/buurten");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Accounts_StaffWithoutBeheerRole_Returns403()
    {
        var client = await factory.CreateStaffClientAsync("wijkcoordinator");

        var response = await client.GetAsync("/api/accounts");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Accounts_Beheer_ListsDemoAccounts()
    {
        var client = await factory.CreateStaffClientAsync("beheer");

        var accounts = await client.GetFromJsonAsync<List<MeDto>>("/api/accounts");

        Assert.Equal(["afdeling", "beheer", "beleid", "corporatie", "wijkcoordinator"], accounts!.Select(a => a.Gebruikersnaam).Order());
    }

    [Fact]
    public async Task StaffPage_Anonymous_RedirectsToLogin()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/auth/me");
        var login = await client.GetAsync("/login");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("Inloggen", await login.Content.ReadAsStringAsync());
    }

    [Fact]
    public void EveryApiEndpoint_ExceptSignInAndHealth_RequiresAuthorization()
    {
        // New endpoints must opt in to anonymous access explicitly; this catches a forgotten RequireAuthorization.
        using var scope = factory.Services.CreateScope();
        var endpoints = scope.ServiceProvider.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        string[] anonymous = ["/api/auth/login", "/api/auth/logout", "/api/chat/token", "/api/open-data", "/api/open-data/{bestand}",
            // A buurtbudget round's ballot, voting with the code from a letter, and the result are public.
            "/api/buurtbudget/{id:int}", "/api/buurtbudget/{id:int}/stem", "/api/buurtbudget/{id:int}/uitslag", "/api/buurtbudget/{id:int}/pabulib",
            // A burgerberaad's questions, registering with the code from a letter, and the result with its files are public.
            "/api/burgerberaad/{id:int}", "/api/burgerberaad/{id:int}/aanmelding", "/api/burgerberaad/{id:int}/uitslag",
            "/api/burgerberaad/{id:int}/categories.csv", "/api/burgerberaad/{id:int}/respondents.csv",
            // Results of closed buurtbudget rounds as open data.
            "/open-data/buurtbudget/", "/open-data/buurtbudget/{id:int}/uitslag.json", "/open-data/buurtbudget/{id:int}/uitslag.csv"];

        var open = endpoints
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .Where(e => !anonymous.Contains("/" + e.RoutePattern.RawText!.TrimStart('/').TrimEnd('/')))
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null || e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.Empty(open);
    }

    private sealed record MeDto(string Gebruikersnaam, string Naam, List<string> Rollen);

    private sealed record ProblemDto(string? Title, string? Detail, int Status);
}
