using OpenQA.Selenium;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Analyse;

/// <summary>
/// The reports in headless Chromium: sign in through the login page, open each report and find its charts. Every report
/// passes axe-core (no serious or critical violations), and its sideways-scrolling tables are named regions that
/// keyboard users reach with Tab.
/// </summary>
public sealed class RapportenBrowserTests
{
    [Fact]
    public async Task Rapporten_SignedIn_ShowTheirCharts()
    {
        await using var host = await RunningHost.StartAsync();
        using var driver = Chromium.Start();

        // An anonymous visit goes to the login page, which brings the user back to the report.
        driver.Navigate().GoToUrl(new Uri(host.BaseAddress, "/rapporten/analyse"));
        Chromium.WaitFor(driver, d => d.Url.Contains("/login", StringComparison.Ordinal), "the login page");
        driver.FindElement(By.Id("username")).SendKeys("beleid");
        driver.FindElement(By.Id("password")).SendKeys("participatie-demo");
        driver.FindElement(By.CssSelector("button[type=submit]")).Click();
        Chromium.WaitFor(driver, d => d.Url.EndsWith("/rapporten/analyse", StringComparison.Ordinal), "the analysis report after login");

        foreach (var (pad, titel) in new[]
        {
            ("/rapporten/analyse", "Analyse van succesfactoren en leerpunten"),
            ("/rapporten/selectie", "Selectie van twee buurten"),
            ("/rapporten/voorstel", "Voorstel: bijdragen van gemeente en corporaties"),
            ("/rapporten/advies", "Advies aan de bestuurders: structureel samenwerken"),
        })
        {
            driver.Navigate().GoToUrl(new Uri(host.BaseAddress, pad));
            Chromium.WaitFor(driver, d => d.FindElement(By.TagName("h1")).Text == titel, $"the heading of {pad}");
            var grafieken = driver.FindElements(By.CssSelector("figure.grafiek svg"));
            Assert.True(grafieken.Count >= 1, $"{pad} has charts");
            Assert.All(grafieken, svg => Assert.True(svg.Size.Width > 100 && svg.Size.Height > 20, $"a chart on {pad} is drawn with a size"));
            Assert.NotEmpty(driver.FindElements(By.CssSelector("svg rect, svg circle")));
            Assert.Contains("Verantwoording", driver.FindElement(By.Id("verantwoording")).Text, StringComparison.Ordinal);

            // Everything the report needs comes from our own origin.
            var extern_ = ((IJavaScriptExecutor)driver).ExecuteScript(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(location.origin)).join(' ');");
            Assert.Equal("", extern_ as string);

            Browser.StaffApp.AssertAccessible(driver, pad);
            var regios = driver.FindElements(By.CssSelector(".tabel-wrap"));
            Assert.All(regios, regio =>
            {
                Assert.Equal("0", regio.GetAttribute("tabindex"));
                Assert.False(string.IsNullOrWhiteSpace(regio.GetAttribute("aria-label")), $"a scrolling region on {pad} has no name");
            });
            if (regios.Count > 0)
            {
                var bereikt = false;
                for (var i = 0; i < 200 && !bereikt; i++)
                {
                    driver.SwitchTo().ActiveElement().SendKeys(Keys.Tab);
                    bereikt = driver.SwitchTo().ActiveElement().GetAttribute("class")?.Contains("tabel-wrap", StringComparison.Ordinal) == true;
                }

                Assert.True(bereikt, $"Tab never reached a scrolling region on {pad}");
            }
        }
    }
}
