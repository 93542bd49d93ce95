using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpenQA.Selenium;
using Participatie.Host.BrowserTests.Infrastructure;
using Participatie.Host.BrowserTests.Staff;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.BrowserTests.Buurtbudget;

/// <summary>
/// The public buurtbudget page in headless Chromium, at 390 px as on a phone: a resident votes with the code from
/// the letter, votes again (the new ballot replaces the first), is told clearly when the code is wrong; once voting
/// has closed the page shows the result with a reason per project. axe-core finds no serious violations on either.
/// The rounds open and close a few seconds from now on the Host's own clock.
/// </summary>
public sealed class StemPaginaBrowserTests
{
    [Fact]
    public async Task Resident_VotesOnAPhone_ThenSeesTheResult()
    {
        await using var host = await RunningHost.StartAsync();
        using var beleid = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = host.BaseAddress };
        (await beleid.PostAsJsonAsync("/api/auth/login", new { username = "beleid", password = "participatie-demo" })).EnsureSuccessStatusCode();
        var buurtCode = (await beleid.GetFromJsonAsync<List<JsonObject>>("/api/buurten"))![0]["code"]!.GetValue<string>();

        async Task<(int Id, List<string> Codes)> RondeAsync(TimeSpan open, TimeSpan dicht)
        {
            var nu = TimeProvider.System.GetUtcNow().UtcDateTime; // the Host runs as a process on the system clock
            var ronde = await (await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", new
            {
                naam = "Buurtbudget Bloemenbuurt", buurtCode, budget = 1000m, stemmenVanaf = nu + open, stemmenTot = nu + dicht, maxProjecten = 2,
            })).Content.ReadFromJsonAsync<JsonObject>();
            var id = ronde!["id"]!.GetValue<int>();
            foreach (var (titel, kosten) in new[] { ("Speeltuin opknappen", 600m), ("Bankjes bij de vijver", 400m), ("Moestuin", 400m) })
            {
                (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/projecten", new { titel, kosten, omschrijving = "Een voorstel van bewoners." })).EnsureSuccessStatusCode();
            }

            var csv = await (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/stemcodes", new { aantal = 3 })).Content.ReadAsStringAsync();
            return (id, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList());
        }

        async Task WachtOpStatusAsync(int id, string status)
        {
            using var anoniem = new HttpClient { BaseAddress = host.BaseAddress };
            for (var i = 0; i < 600 && (await anoniem.GetFromJsonAsync<JsonObject>($"/api/buurtbudget/{id}"))!["status"]!.GetValue<string>() != status; i++)
            {
                await Task.Delay(100);
            }
        }

        var (open, codes) = await RondeAsync(TimeSpan.FromSeconds(10), TimeSpan.FromHours(1));
        var (gesloten, codesB) = await RondeAsync(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20));
        await WachtOpStatusAsync(gesloten, "open");
        using (var stemmer = new HttpClient { BaseAddress = host.BaseAddress })
        {
            (await stemmer.PostAsJsonAsync($"/api/buurtbudget/{gesloten}/stem", new { code = codesB[0], projecten = new[] { "1" } })).EnsureSuccessStatusCode();
            (await stemmer.PostAsJsonAsync($"/api/buurtbudget/{gesloten}/stem", new { code = codesB[1], projecten = new[] { "3" } })).EnsureSuccessStatusCode();
        }

        await WachtOpStatusAsync(open, "open");
        using var driver = Chromium.Start();
        driver.Manage().Window.Size = new System.Drawing.Size(390, 844);
        driver.Navigate().GoToUrl(new Uri(host.BaseAddress, $"/buurtbudget/{open}"));
        StaffApp.WaitForElement(driver, "#stembiljet", "the ballot");
        Assert.Equal("Buurtbudget Bloemenbuurt", driver.FindElement(By.TagName("h1")).Text);
        StaffApp.AssertAccessible(driver, "the voting page");
        StaffApp.AssertSameOrigin(driver);

        // A wrong code: a clear message, nothing counted.
        driver.FindElement(By.Id("code")).SendKeys("AAAA-BBBB-CCCC");
        StaffApp.Click(driver, driver.FindElement(By.Id("project-1")));
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#stembiljet button[type=submit]")));
        Assert.Contains("niet geldig", StaffApp.WaitForElement(driver, "#fout", "the error").Text, StringComparison.Ordinal);

        // Three projects is one too many for this ballot: the server's reason is shown.
        StaffApp.Type(driver.FindElement(By.Id("code")), codes[0].ToLowerInvariant());
        StaffApp.Click(driver, driver.FindElement(By.Id("project-2")));
        StaffApp.Click(driver, driver.FindElement(By.Id("project-3")));
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#stembiljet button[type=submit]")));
        Chromium.WaitFor(driver, d => d.FindElement(By.Id("fout")).Text.Contains("hoogstens 2", StringComparison.Ordinal), "the ballot's limit");

        StaffApp.Click(driver, driver.FindElement(By.Id("project-3")));
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#stembiljet button[type=submit]")));
        Assert.Contains("uw stem is geteld", StaffApp.WaitForElement(driver, "#bevestiging", "the confirmation").Text, StringComparison.Ordinal);
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#stembiljet button[type=submit]")));
        Chromium.WaitFor(driver, d => d.FindElement(By.Id("bevestiging")).Text.Contains("eerdere stem", StringComparison.Ordinal), "the replacement");

        await WachtOpStatusAsync(gesloten, "gesloten");
        driver.Navigate().GoToUrl(new Uri(host.BaseAddress, $"/buurtbudget/{gesloten}"));
        StaffApp.WaitForElement(driver, "#uitslag", "the result");
        var rijen = driver.FindElements(By.CssSelector("#uitslag-rijen tr"));
        Assert.Equal(3, rijen.Count);
        Assert.Contains("2 stemmen", driver.FindElement(By.Id("uitslag-samenvatting")).Text, StringComparison.Ordinal);
        Assert.All(rijen, r => Assert.False(string.IsNullOrWhiteSpace(r.FindElements(By.TagName("td"))[4].Text)));
        StaffApp.AssertAccessible(driver, "the result page");
    }

    /// <summary>
    /// A round from 16 years: the page asks the self-declared birth year; a year too recent is refused by the server
    /// with the reason shown at the field (marked invalid, described by the message, focused), and a valid year votes.
    /// </summary>
    [Fact]
    public async Task MinimumAge_TooYoungIsToldAtTheField_AValidYearVotes_OnAPhone()
    {
        await using var host = await RunningHost.StartAsync();
        using var beleid = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = host.BaseAddress };
        (await beleid.PostAsJsonAsync("/api/auth/login", new { username = "beleid", password = "participatie-demo" })).EnsureSuccessStatusCode();
        var buurtCode = (await beleid.GetFromJsonAsync<List<JsonObject>>("/api/buurten"))![0]["code"]!.GetValue<string>();
        var nu = TimeProvider.System.GetUtcNow().UtcDateTime; // the Host runs as a process on the system clock
        var id = (await (await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", new
        {
            naam = "Jongerenbudget Bloemenbuurt", buurtCode, budget = 1000m, stemmenVanaf = nu.AddSeconds(5), stemmenTot = nu.AddHours(1), minimumLeeftijd = 16,
        })).Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/projecten", new { titel = "Skatebaan", kosten = 800m })).EnsureSuccessStatusCode();
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
        driver.Navigate().GoToUrl(new Uri(host.BaseAddress, $"/buurtbudget/{id}"));
        StaffApp.WaitForElement(driver, "#geboortejaar", "the birth year field");
        Assert.Contains("vanaf 16 jaar", driver.FindElement(By.Id("leeftijd-uitleg")).Text, StringComparison.Ordinal);

        // Twelve this year: the server refuses, and says so at the field.
        var jaar = driver.FindElement(By.Id("geboortejaar"));
        driver.FindElement(By.Id("code")).SendKeys(code);
        StaffApp.Click(driver, driver.FindElement(By.Id("project-1")));
        jaar.SendKeys((nu.Year - 12).ToString(System.Globalization.CultureInfo.InvariantCulture));
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#stembiljet button[type=submit]")));
        var melding = StaffApp.WaitForElement(driver, "#geboortejaar-fout", "the birth year's error");
        Assert.Contains("Stemmen kan vanaf 16 jaar", melding.Text, StringComparison.Ordinal);
        Assert.Equal("true", jaar.GetAttribute("aria-invalid"));
        Assert.Contains("geboortejaar-fout", jaar.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("geboortejaar", driver.SwitchTo().ActiveElement().GetAttribute("id"));
        Assert.True(driver.FindElement(By.Id("bevestiging")).GetAttribute("hidden") is not null, "nothing may be counted");
        StaffApp.AssertAccessible(driver, "the voting page with the birth year's error");

        // Sixteen this year: counted; the error is gone.
        StaffApp.Type(jaar, (nu.Year - 16).ToString(System.Globalization.CultureInfo.InvariantCulture));
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#stembiljet button[type=submit]")));
        Assert.Contains("uw stem is geteld", StaffApp.WaitForElement(driver, "#bevestiging", "the confirmation").Text, StringComparison.Ordinal);
        Assert.False(melding.Displayed);
        Assert.Null(jaar.GetAttribute("aria-invalid"));
        StaffApp.AssertAccessible(driver, "the voting page after voting");
    }

    /// <summary>
    /// A points round on a phone: a field per project, the running total, a mistake shown next to its project, too
    /// many points refused before sending, then the ballot counted. axe-core also with an error showing.
    /// </summary>
    [Fact]
    public async Task Resident_DistributesPointsOnAPhone()
    {
        await using var host = await RunningHost.StartAsync();
        using var beleid = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = host.BaseAddress };
        (await beleid.PostAsJsonAsync("/api/auth/login", new { username = "beleid", password = "participatie-demo" })).EnsureSuccessStatusCode();
        var buurtCode = (await beleid.GetFromJsonAsync<List<JsonObject>>("/api/buurten"))![0]["code"]!.GetValue<string>();
        var nu = TimeProvider.System.GetUtcNow().UtcDateTime;
        var ronde = await (await beleid.PostAsJsonAsync("/api/buurtbudget/rondes", new
        {
            naam = "Punten Bloemenbuurt", buurtCode, budget = 1000m, stemmenVanaf = nu.AddSeconds(10), stemmenTot = nu.AddHours(1),
            puntenPerKiezer = 10, maxPuntenPerProject = 6,
        })).Content.ReadFromJsonAsync<JsonObject>();
        var id = ronde!["id"]!.GetValue<int>();
        foreach (var (titel, kosten) in new[] { ("Speeltuin opknappen", 600m), ("Bankjes bij de vijver", 400m), ("Moestuin", 400m) })
        {
            (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/projecten", new { titel, kosten })).EnsureSuccessStatusCode();
        }

        var csv = await (await beleid.PostAsJsonAsync($"/api/buurtbudget/rondes/{id}/stemcodes", new { aantal = 1 })).Content.ReadAsStringAsync();
        var code = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1];
        using (var anoniem = new HttpClient { BaseAddress = host.BaseAddress })
        {
            for (var i = 0; i < 600 && (await anoniem.GetFromJsonAsync<JsonObject>($"/api/buurtbudget/{id}"))!["status"]!.GetValue<string>() != "open"; i++)
            {
                await Task.Delay(100);
            }
        }

        using var driver = Chromium.Start();
        driver.Manage().Window.Size = new System.Drawing.Size(390, 844);
        driver.Navigate().GoToUrl(new Uri(host.BaseAddress, $"/buurtbudget/{id}"));
        StaffApp.WaitForElement(driver, "#stembiljet", "the points ballot");
        Assert.Contains("Verdeel uw 10 punten", driver.FindElement(By.Id("legenda")).Text, StringComparison.Ordinal);
        StaffApp.Type(driver.FindElement(By.Id("code")), code);

        StaffApp.Type(driver.FindElement(By.Id("punten-1")), "7");
        Chromium.WaitFor(driver, d => d.FindElement(By.Id("punten-fout-1")).Text.Contains("hoogstens 6", StringComparison.Ordinal), "the error next to project 1");
        Assert.Equal("true", driver.FindElement(By.Id("punten-1")).GetAttribute("aria-invalid"));
        StaffApp.AssertAccessible(driver, "the points ballot with an error");

        StaffApp.Type(driver.FindElement(By.Id("punten-1")), "6");
        StaffApp.Type(driver.FindElement(By.Id("punten-3")), "5");
        Chromium.WaitFor(driver, d => d.FindElement(By.Id("keuze")).Text.Contains("1 te veel", StringComparison.Ordinal), "the running total over");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#stembiljet button[type=submit]")));
        Chromium.WaitFor(driver, d => d.FindElement(By.Id("fout")).Text.Contains("11 punten", StringComparison.Ordinal), "too many points refused");

        StaffApp.Type(driver.FindElement(By.Id("punten-3")), "4");
        Chromium.WaitFor(driver, d => d.FindElement(By.Id("keuze")).Text.Contains("10 van de 10 punten", StringComparison.Ordinal), "the running total");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#stembiljet button[type=submit]")));
        Assert.Contains("uw stem is geteld", StaffApp.WaitForElement(driver, "#bevestiging", "the confirmation").Text, StringComparison.Ordinal);
        StaffApp.AssertSameOrigin(driver);
    }
}
