using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpenQA.Selenium;
using Participatie.Host.BrowserTests.Infrastructure;
using Participatie.Host.BrowserTests.Staff;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.BrowserTests.Buurtbudget;

/// <summary>
/// The ballot card in the real chat page (Bot Framework Web Chat under the page's Content-Security-Policy), at 390 px:
/// the card renders with a checkbox per project, ticking one and pressing "Stem versturen" casts the ballot.
/// </summary>
public sealed class StemkaartChatBrowserTests
{
    [Fact]
    public async Task BallotCard_InTheChatPage_TickAndSubmit_Counts()
    {
        await using var host = await RunningHost.StartAsync();
        using var beleid = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = host.BaseAddress };
        (await beleid.PostAsJsonAsync("/api/auth/login", new { username = "beleid", password = "participatie-demo" })).EnsureSuccessStatusCode();
        var buurtCode = (await beleid.GetFromJsonAsync<List<JsonObject>>("/api/buurten"))![0]["code"]!.GetValue<string>();
        var nu = TimeProvider.System.GetUtcNow().UtcDateTime; // the Host runs as a process on the system clock
        var id = (await (await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", new
        {
            naam = "Buurtbudget Kaartbuurt", buurtCode, budget = 1000m, stemmenVanaf = nu.AddSeconds(5), stemmenTot = nu.AddHours(1), maxProjecten = 1,
        })).Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        foreach (var (titel, kosten) in new[] { ("Speeltuin", 600m), ("Bankjes", 400m) })
        {
            (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/projecten", new { titel, kosten })).EnsureSuccessStatusCode();
        }

        var code = (await (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/stemcodes", new { aantal = 1 })).Content.ReadAsStringAsync())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)[1];
        using (var anoniem = new HttpClient { BaseAddress = host.BaseAddress })
        {
            for (var i = 0; i < 600 && (await anoniem.GetFromJsonAsync<JsonObject>($"/api/buurtbudget/{id}"))!["status"]!.GetValue<string>() != "open"; i++)
            {
                await Task.Delay(100);
            }
        }

        using var driver = Chromium.Start();
        driver.Manage().Window.Size = new System.Drawing.Size(390, 844);
        driver.Navigate().GoToUrl(new Uri(host.BaseAddress, "/chat"));
        var sendBox = Chromium.WaitFor(driver, d => d.FindElement(By.CssSelector("[data-id='webchat-sendbox-input'], .webchat__send-box-text-box__input")), "the send box");
        sendBox.SendKeys(code);
        sendBox.SendKeys(Keys.Enter);

        var kaart = Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".ac-adaptiveCard")).LastOrDefault(), "the ballot card");
        Assert.Contains("Buurtbudget Kaartbuurt", kaart.Text, StringComparison.Ordinal);
        var vakjes = kaart.FindElements(By.CssSelector("input[type=checkbox]"));
        Assert.Equal(2, vakjes.Count);
        StaffApp.Click(driver, vakjes[1]);
        var knop = kaart.FindElements(By.CssSelector("button")).Single(b => b.Text.Contains("Stem versturen", StringComparison.Ordinal));
        StaffApp.Click(driver, knop);
        Chromium.WaitFor(driver, d => d.FindElement(By.TagName("body")).Text.Contains("Uw stem is geteld", StringComparison.Ordinal), "the vote counted");
        Assert.Contains("Uw keuze: 2. Bankjes", driver.FindElement(By.TagName("body")).Text, StringComparison.Ordinal);
    }
}
