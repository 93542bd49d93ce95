using System.Text.Json.Nodes;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Security;

/// <summary>After signing in, the browser goes back only to a path on this site; anything else goes to the inbox.</summary>
public sealed class ReturnUrlTests(ParticipatieFactory factory) : IClassFixture<ParticipatieFactory>
{
    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("/\\evil")]
    [InlineData("\\\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task Login_ReturnUrlOffSite_SendsTheBrowserToTheInbox(string returnUrl)
    {
        var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "beleid", password = "participatie-demo", returnUrl });

        Assert.Equal("/app/taken", (await login.Content.ReadFromJsonAsync<JsonObject>())!["doorsturen"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/app/buurten?zoek=vogel")]
    [InlineData("/rapporten/analyse")]
    public async Task Login_ReturnUrlOnThisSite_IsKept(string returnUrl)
    {
        var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = "beleid", password = "participatie-demo", returnUrl });

        Assert.Equal(returnUrl, (await login.Content.ReadFromJsonAsync<JsonObject>())!["doorsturen"]!.GetValue<string>());
    }
}
