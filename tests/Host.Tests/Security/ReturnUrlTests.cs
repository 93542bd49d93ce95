using System.Text.Json.Nodes;
using OpenQA.Selenium;
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

/// <summary>The login form in Chromium: what the browser really does with a crafted ReturnUrl.</summary>
public sealed class LoginRedirectBrowserTests
{
    [Fact]
    public async Task LoginForm_CraftedReturnUrls_EndOnTheStaffApp()
    {
        await using var host = await RunningHost.StartAsync();
        using var driver = Chromium.Start();
        string[] crafted = ["/%5Cevil.example", "//evil.example", "https://evil.example", "/\\evil", "/%2F%2Fevil.example"];

        var landed = new List<string>();
        foreach (var returnUrl in crafted)
        {
            driver.Navigate().GoToUrl(new Uri(host.BaseAddress, "/login?ReturnUrl=" + returnUrl));
            Chromium.WaitFor(driver, d => d.FindElement(By.Id("username")), "the login form");
            driver.FindElement(By.Id("username")).SendKeys("beleid");
            driver.FindElement(By.Id("password")).SendKeys("participatie-demo");
            driver.FindElement(By.CssSelector("#login button[type=submit]")).Click();
            Chromium.WaitFor(driver, d => !new Uri(d.Url).AbsolutePath.StartsWith("/login", StringComparison.Ordinal), $"leaving the login form ({returnUrl})");
            landed.Add(driver.Url);
        }

        Assert.All(landed, url =>
        {
            var uri = new Uri(url);
            Assert.Equal(host.BaseAddress.Authority, uri.Authority);
            Assert.StartsWith("/app/", uri.AbsolutePath, StringComparison.Ordinal);
        });
    }
}
