using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Participatie.Host.Accounts;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Security;

/// <summary>The session cookie never travels without TLS outside Development; X-Forwarded-* count only from listed proxies.</summary>
public sealed class TransportSecurityTests
{
    [Fact]
    public async Task Cookie_OutsideDevelopment_IsSecureEvenWhenTheRequestLooksLikePlainHttp()
    {
        using var factory = new CustomFactory("Production", new Dictionary<string, string?> { ["Participatie:SeedDemoData"] = "false" });
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StaffAccountService>().UpsertAsync("medewerker", "Medewerker", "productie-wachtwoord-2026", ["beleid"], default);
        }

        var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "medewerker", password = "productie-wachtwoord-2026" });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("secure", AuthCookie(login).Split(';').Select(p => p.Trim().ToLowerInvariant()));
    }

    [Fact]
    public async Task Hsts_OutsideDevelopment_SentOnHttpsResponsesOnly()
    {
        using var factory = new CustomFactory("Production", new Dictionary<string, string?> { ["Participatie:SeedDemoData"] = "false" });
        var https = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://participatie.example") });
        var http = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://participatie.example") });

        var overHttps = await https.GetAsync("/login");
        var overHttp = await http.GetAsync("/login");

        Assert.StartsWith("max-age=", overHttps.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Cookie_InDevelopmentOverHttp_IsNotSecure_SoLocalhostKeepsWorking()
    {
        using var factory = new ParticipatieFactory();

        var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "beheer", password = "participatie-demo" });

        Assert.DoesNotContain("secure", AuthCookie(login).Split(';').Select(p => p.Trim().ToLowerInvariant()));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.0/8", true)]
    [InlineData(null, false)]
    [InlineData("10.1.2.3", false)]
    public async Task ForwardedProto_HonouredOnlyFromAListedProxy(string? trustedProxy, bool honoured)
    {
        var settings = new Dictionary<string, string>();
        if (trustedProxy is not null)
        {
            settings["Participatie__TrustedProxies__0"] = trustedProxy;
        }

        await using var host = await RunningHost.StartAsync(settings);
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = host.BaseAddress };

        // The stream URL a conversation gets follows the scheme the server believes the request came in on.
        var token = (await (await http.PostAsync("/api/chat/token", null)).Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        start.Headers.Add("X-Forwarded-Proto", "https");
        start.Headers.Add("X-Forwarded-For", "203.0.113.9");
        var streamUrl = (await (await http.SendAsync(start)).Content.ReadFromJsonAsync<JsonObject>())!["streamUrl"]!.GetValue<string>();

        // In Development the cookie is Secure exactly when the request counts as HTTPS.
        var login = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { username = "beheer", password = "participatie-demo" }) };
        login.Headers.Add("X-Forwarded-Proto", "https");
        var cookie = AuthCookie(await http.SendAsync(login));

        Assert.Equal(honoured ? "wss" : "ws", new Uri(streamUrl).Scheme);
        Assert.Equal(honoured, cookie.Split(';').Select(p => p.Trim().ToLowerInvariant()).Contains("secure"));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData(null, false)]
    public async Task ForwardedFor_IsTheClientAddressOnlyFromAListedProxy(string? trustedProxy, bool honoured)
    {
        var settings = new Dictionary<string, string>();
        if (trustedProxy is not null)
        {
            settings["Participatie__TrustedProxies__0"] = trustedProxy;
        }

        await using var host = await RunningHost.StartAsync(settings);
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = host.BaseAddress };
        async Task<HttpStatusCode> LoginAsync(string forwardedFor, string password)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { username = "beleid", password }) };
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            return (await http.SendAsync(request)).StatusCode;
        }

        // The lockout is per client address: five failures "from" one forwarded address lock only that address out.
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await LoginAsync("203.0.113.50", "verkeerd-" + i));
        }

        var fromAnotherClient = await LoginAsync("203.0.113.51", "participatie-demo");

        Assert.Equal(honoured ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, fromAnotherClient);
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("participatie.auth=", StringComparison.Ordinal));
}
