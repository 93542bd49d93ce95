using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpenQA.Selenium;
using Participatie.Host.BrowserTests.Infrastructure;
using Participatie.Host.BrowserTests.Staff;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.BrowserTests.Burgerberaad;

/// <summary>
/// The public burgerberaad page in headless Chromium, at 390 px as on a phone: a resident registers with the code from
/// the letter (a wrong code is told clearly, a missing answer too), gets a pseudonym; after registration has closed and
/// the panel is drawn the page shows the quotas, the seats and the chances by pseudonym. axe-core finds no serious
/// violations on either. Registration closes some seconds from now on the Host's own (system) clock.
/// </summary>
public sealed class AanmeldPaginaBrowserTests
{
    [Fact]
    public async Task Resident_RegistersOnAPhone_ThenSeesTheResult()
    {
        await using var host = await RunningHost.StartAsync();
        using var beleid = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = host.BaseAddress };
        (await beleid.PostAsJsonAsync("/api/auth/login", new { username = "beleid", password = "participatie-demo" })).EnsureSuccessStatusCode();
        var buurtCode = (await beleid.GetFromJsonAsync<List<JsonObject>>("/api/buurten"))![0]["code"]!.GetValue<string>();
        var aanmeldenTot = TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(40); // the Host runs as a process on the system clock
        var beraad = await (await beleid.PostAsJsonAsync("/api/burgerberaad/beraden", new
        {
            thema = "Een groener plein", gebiedCode = buurtCode, omvang = 2, reserves = 1, aanmeldenTot,
            quota = new[] { new { kenmerk = "leeftijd", waarde = "16-39", min = 1, max = 1 }, new { kenmerk = "leeftijd", waarde = "40+", min = 1, max = 1 } },
        })).Content.ReadFromJsonAsync<JsonObject>();
        var id = beraad!["id"]!.GetValue<int>();
        var adressen = "postcode,huisnummer,toevoeging,straat,woonplaats\n" + string.Concat(Enumerable.Range(1, 4).Select(i => $"1111AA,{i},,Plein,Maaswaarde\n"));
        (await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/adressen", new StringContent(adressen, System.Text.Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var codes = (await (await beleid.PostAsJsonAsync($"/api/burgerberaad/beraden/{id}/uitnodigingen", new { aantal = 4, seed = 5 })).Content.ReadAsStringAsync())
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')[^1]).ToList();
        (await beleid.PostAsJsonAsync($"/api/burgerberaad/beraden/{id}/seed", new { seed = 77 })).EnsureSuccessStatusCode();
        using (var buren = new HttpClient { BaseAddress = host.BaseAddress })
        {
            for (var i = 1; i < 4; i++)
            {
                (await buren.PostAsJsonAsync($"/api/burgerberaad/{id}/aanmelding", new
                {
                    code = codes[i], naam = $"Buur {i}", email = $"buur{i}@example.org", antwoorden = new { leeftijd = i % 2 == 0 ? "16-39" : "40+" },
                })).EnsureSuccessStatusCode();
            }
        }

        using var driver = Chromium.Start();
        driver.Manage().Window.Size = new System.Drawing.Size(390, 844);
        driver.Navigate().GoToUrl(new Uri(host.BaseAddress, $"/burgerberaad/{id}"));
        StaffApp.WaitForElement(driver, "#aanmelden", "the registration form");
        Assert.Equal("Burgerberaad: Een groener plein", driver.FindElement(By.TagName("h1")).Text);
        Assert.Contains("seed 77", driver.FindElement(By.Id("seed")).Text, StringComparison.Ordinal);
        StaffApp.AssertAccessible(driver, "the registration page");
        StaffApp.AssertSameOrigin(driver);

        driver.FindElement(By.Id("code")).SendKeys("AAAA-BBBB-CCCC");
        driver.FindElement(By.Id("naam")).SendKeys("Fatima de Vries");
        driver.FindElement(By.Id("email")).SendKeys("fatima@example.org");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#aanmelden button[type=submit]")));
        Assert.Contains("niet geldig", StaffApp.WaitForElement(driver, "#fout", "the error").Text, StringComparison.Ordinal);

        // The right code, but no answer for age yet: the server's reason is shown.
        StaffApp.Type(driver.FindElement(By.Id("code")), codes[0].ToLowerInvariant());
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#aanmelden button[type=submit]")));
        Chromium.WaitFor(driver, d => d.FindElement(By.Id("fout")).Text.Contains("leeftijd", StringComparison.Ordinal), "the missing answer");

        StaffApp.Click(driver, driver.FindElement(By.Id("kenmerk-0-0")));
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#aanmelden button[type=submit]")));
        var bevestiging = StaffApp.WaitForElement(driver, "#bevestiging", "the confirmation").Text;
        Assert.Contains("u bent aangemeld", bevestiging, StringComparison.Ordinal);
        var pseudoniem = System.Text.RegularExpressions.Regex.Match(bevestiging, "v-[a-z0-9]{8}").Value;
        Assert.NotEmpty(pseudoniem);

        using var anoniem = new HttpClient { BaseAddress = host.BaseAddress };
        while (TimeProvider.System.GetUtcNow().UtcDateTime < aanmeldenTot.AddSeconds(1))
        {
            await Task.Delay(250);
        }

        (await beleid.PostAsync($"/api/burgerberaad/beraden/{id}/selectie", null)).EnsureSuccessStatusCode();
        for (var i = 0; i < 1200 && (await beleid.GetFromJsonAsync<JsonObject>($"/api/burgerberaad/beraden/{id}"))!["selectieStatus"]!.GetValue<string>() != "klaar"; i++)
        {
            await Task.Delay(100);
        }

        driver.Navigate().GoToUrl(new Uri(host.BaseAddress, $"/burgerberaad/{id}"));
        StaffApp.WaitForElement(driver, "#uitslag", "the result");
        Assert.Equal(2, driver.FindElements(By.CssSelector("#quota-rijen tr")).Count);
        var kansen = driver.FindElements(By.CssSelector("#kans-rijen tr"));
        Assert.Equal(4, kansen.Count);
        Assert.Contains(kansen, r => r.FindElements(By.TagName("td"))[0].Text == pseudoniem);
        Assert.DoesNotContain("Fatima", driver.FindElement(By.Id("uitslag")).Text, StringComparison.Ordinal);
        Assert.Contains("--seed 77", driver.FindElement(By.Id("opdracht")).Text, StringComparison.Ordinal);
        StaffApp.AssertAccessible(driver, "the result page");

        // The staff page: state of the draw, and the panel's contact data only on request.
        driver.Manage().Window.Size = new System.Drawing.Size(1280, 900);
        StaffApp.SignIn(driver, host.BaseAddress, "beleid", $"/app/burgerberaad/{id}");
        StaffApp.WaitForElement(driver, "#panel-kop", "the panel section");
        Assert.Contains("Seed 77", driver.FindElement(By.Id("inhoud")).Text, StringComparison.Ordinal);
        StaffApp.Click(driver, driver.FindElements(By.CssSelector("section[aria-labelledby=panel-kop] button")).Single(k => k.Text == "Toon panel en reserves"));
        StaffApp.WaitForElement(driver, "section[aria-labelledby=panel-kop] table", "the panel's contact data");
        Assert.Equal(3, driver.FindElements(By.CssSelector("section[aria-labelledby=panel-kop] tbody tr")).Count);
        StaffApp.AssertAccessible(driver, "/app/burgerberaad/{id}");
        StaffApp.Go(driver, host.BaseAddress, "/app/burgerberaad", "#nieuw-kop");
        StaffApp.AssertAccessible(driver, "/app/burgerberaad");
    }
}
