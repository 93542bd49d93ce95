using OpenQA.Selenium;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Browser;

/// <summary>
/// The reports in headless Chromium: every page passes axe-core (no serious or critical violations), and every region
/// that scrolls sideways can be reached and scrolled by keyboard.
/// </summary>
public sealed class RapportenBrowserTests
{
    [Fact]
    public async Task EveryReport_IsAccessible_AndItsScrollingRegionsAreReachableByKeyboard()
    {
        await using var host = await RunningHost.StartAsync();
        using var driver = Chromium.Start();
        StaffApp.SignIn(driver, host.BaseAddress, "beleid", "/rapporten/analyse");

        foreach (var pad in new[] { "/rapporten/", "/rapporten/analyse", "/rapporten/selectie", "/rapporten/voorstel", "/rapporten/advies" })
        {
            driver.Navigate().GoToUrl(new Uri(host.BaseAddress, pad));
            Chromium.WaitFor(driver, d => d.FindElements(By.TagName("h1")).Count > 0, $"the report {pad}");
            StaffApp.AssertAccessible(driver, pad);

            var regios = driver.FindElements(By.CssSelector(".tabel-wrap"));
            foreach (var regio in regios)
            {
                Assert.Equal("0", regio.GetAttribute("tabindex"));
                Assert.False(string.IsNullOrWhiteSpace(regio.GetAttribute("aria-label")), $"a scrolling region on {pad} has no name");
            }

            if (regios.Count > 0)
            {
                // Tab reaches the first region; the arrow keys then scroll it (where it is wider than the window).
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
