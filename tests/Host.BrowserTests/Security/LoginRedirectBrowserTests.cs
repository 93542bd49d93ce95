using System.Text.Json.Nodes;
using OpenQA.Selenium;
using Participatie.Host.BrowserTests.Infrastructure;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.BrowserTests.Security;

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
