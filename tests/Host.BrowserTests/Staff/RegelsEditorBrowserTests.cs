using System.Net;
using System.Text.Json.Nodes;
using OpenQA.Selenium;
using Participatie.Host.BrowserTests.Infrastructure;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.BrowserTests.Staff;

/// <summary>
/// A policy officer in headless Chromium against the Host as a real process: raises the household threshold
/// of buurtselectie in the form, reads what the change does, publishes, and sees the selection change.
/// </summary>
public sealed class RegelsEditorBrowserTests
{
    private const string Drempel = "buurt.Huishoudens >= 500";

    [Fact]
    public async Task Beleid_ChangesAThreshold_SeesTheWhatIfCount_Publishes_AndTheSelectionChanges()
    {
        await using var host = await RunningHost.StartAsync();
        var b = host.BaseAddress;
        using var api = await SignedInClientAsync(b, "beleid");

        // What the test expects comes from the API: the buurten that qualify now, and their households.
        var published = (await api.GetFromJsonAsync<JsonObject>("/api/regels/buurtselectie"))!["gepubliceerd"]!["json"]!.GetValue<string>();
        var buurten = (await api.GetFromJsonAsync<List<JsonObject>>("/api/buurten"))!;
        var geschikt = buurten.Where(x => x["selectie"]!["geschikt"]!.GetValue<bool>()).ToList();
        Assert.True(geschikt.Count >= 2, "the demo data should have qualifying buurten");
        var drempel = geschikt.Select(x => x["huishoudens"]!.GetValue<int>()).Order().ElementAt(geschikt.Count / 2) + 1;
        var vallenAf = geschikt.Where(x => x["huishoudens"]!.GetValue<int>() < drempel).Select(x => x["code"]!.GetValue<string>()).ToList();
        var nieuw = published.Replace(Drempel, $"buurt.Huishoudens >= {drempel}", StringComparison.Ordinal);
        var verwacht = (await (await api.PostAsJsonAsync("/api/regels/buurtselectie/watals", new { json = nieuw })).Content.ReadFromJsonAsync<JsonObject>())!["aantalGewijzigd"]!.GetValue<int>();
        Assert.True(verwacht >= vallenAf.Count);

        using var driver = Chromium.Start();
        StaffApp.SignIn(driver, b, "beleid", "/app/buurten");
        var buurt = vallenAf[0];
        Assert.Equal("ja", Chromium.WaitFor(driver, d => Cel(d, buurt, "geschikt"), "the buurten table with its verdicts"));
        StaffApp.AssertAccessible(driver, "/app/buurten");

        // The menu leads policy staff to the rules; the overview to buurtselectie.
        StaffApp.Click(driver, StaffApp.WaitForElement(driver, "nav a[href='/app/regels']", "the Regels menu item"));
        StaffApp.Click(driver, StaffApp.WaitForElement(driver, "tr[data-regelset='buurtselectie'] a", "buurtselectie in the overview"));
        var editor = StaffApp.WaitForElement(driver, "[data-testid='expressie-Genoeg huishoudens'] .cm-content", "the expression editor of 'Genoeg huishoudens'");
        StaffApp.AssertAccessible(driver, "/app/regels/buurtselectie");
        StaffApp.Click(driver, editor);
        editor.SendKeys(Keys.Control + "a");
        editor.SendKeys($"buurt.Huishoudens >= {drempel}");
        Chromium.WaitFor(driver, d => d.FindElement(By.CssSelector("[data-testid='expressie-Genoeg huishoudens'] .cm-content")).Text == $"buurt.Huishoudens >= {drempel}", "the new threshold in the editor");

        // What would change: the same count the API gives for this text.
        StaffApp.Click(driver, driver.FindElement(By.Id("regeltab-watals")));
        var aantal = Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector("[data-testid='watals-aantal']")).FirstOrDefault()?.Text is { Length: > 0 } t ? t : null, "the what-if count", 60);
        Assert.Equal(verwacht.ToString(System.Globalization.CultureInfo.InvariantCulture), aantal);
        Assert.Contains(buurt, driver.FindElement(By.Id("inhoud")).Text, StringComparison.Ordinal);
        StaffApp.AssertAccessible(driver, "the what-if tab");

        // Publish with a toelichting.
        StaffApp.Click(driver, driver.FindElement(By.Id("regeltab-publiceren")));
        StaffApp.Type(StaffApp.WaitForElement(driver, "[data-testid='toelichting']", "the toelichting"), $"Drempel naar {drempel} huishoudens");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("[data-testid='publiceren']")));
        var status = Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector("[data-testid='publiceren-status']")).FirstOrDefault(e => e.Text.Contains("gepubliceerd", StringComparison.Ordinal))?.Text, "the publish confirmation", 60);
        Assert.Contains("Versie 2 is gepubliceerd", status, StringComparison.Ordinal);

        // The buurten page now judges with version 2: the buurt no longer qualifies.
        StaffApp.Go(driver, b, "/app/buurten", ".buurtentabel tbody tr");
        Chromium.WaitFor(driver, d => Cel(d, buurt, "geschikt") == "nee" ? true : (bool?)null, $"{buurt} no longer qualifying");
        Assert.Contains("buurtselectie v2", driver.FindElement(By.CssSelector(".buurtentabel caption")).Text, StringComparison.Ordinal);

        // The history and the audit trail show who did it.
        StaffApp.Go(driver, b, "/app/regels/buurtselectie?tab=logboek", "[data-testid='logboek-intact']");
        Assert.Equal("true", driver.FindElement(By.CssSelector("[data-testid='logboek-intact']")).GetAttribute("data-intact"));
        Assert.Contains($"Drempel naar {drempel} huishoudens", driver.FindElement(By.CssSelector("table.logboektabel")).Text, StringComparison.Ordinal);
        StaffApp.AssertAccessible(driver, "the audit trail tab");
        StaffApp.AssertSameOrigin(driver);
    }

    [Fact]
    public async Task Beleid_SeesLiveErrors_TestsOnChosenBuurten_AndRollsBack()
    {
        await using var host = await RunningHost.StartAsync();
        var b = host.BaseAddress;
        using var api = await SignedInClientAsync(b, "beleid");
        var published = (await api.GetFromJsonAsync<JsonObject>("/api/regels/buurtselectie"))!["gepubliceerd"]!["json"]!.GetValue<string>();
        var concept = await (await api.PutAsJsonAsync("/api/regels/buurtselectie/concept", new { json = published.Replace(Drempel, "buurt.Huishoudens >= 450", StringComparison.Ordinal), revisie = (int?)null })).Content.ReadFromJsonAsync<JsonObject>();
        (await api.PostAsJsonAsync("/api/regels/buurtselectie/publiceren", new { revisie = concept!["revisie"]!.GetValue<int>(), toelichting = "Drempel 450" })).EnsureSuccessStatusCode();
        var buurt = (await api.GetFromJsonAsync<List<JsonObject>>("/api/buurten"))![0];
        var code = buurt["code"]!.GetValue<string>();

        using var driver = Chromium.Start();
        StaffApp.SignIn(driver, b, "beleid", "/app/regels/buurtselectie");

        // A misspelt field: the compiler's error appears under the expression and publishing is not offered.
        var editor = StaffApp.WaitForElement(driver, "[data-testid='expressie-Genoeg huishoudens'] .cm-content", "the expression editor");
        StaffApp.Click(driver, editor);
        editor.SendKeys(Keys.Control + "a");
        editor.SendKeys("buurt.Huishoudes >= 450 ");
        var fout = Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector("[data-testid='expressie-Genoeg huishoudens'] .expressie__fouten li")).FirstOrDefault()?.Text, "the located error under the expression", 30);
        Assert.Contains("Huishoudes", fout, StringComparison.Ordinal);
        StaffApp.Click(driver, driver.FindElement(By.Id("regeltab-publiceren")));
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector("[data-testid='publiceren']")).FirstOrDefault(e => !e.Enabled), "publishing refused for the invalid draft");
        StaffApp.Click(driver, driver.FindElement(By.Id("regeltab-regels")));
        editor = StaffApp.WaitForElement(driver, "[data-testid='expressie-Genoeg huishoudens'] .cm-content", "the expression editor");
        StaffApp.Click(driver, editor);
        editor.SendKeys(Keys.Control + "a");
        editor.SendKeys("buurt.Huishoudens >= 1 ");
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector("[data-testid='expressie-Genoeg huishoudens'] .expressie__fouten li")).Count == 0 ? true : (bool?)null, "the error gone");

        // Test the editor's text on one buurt: each rule with the values it used.
        StaffApp.Click(driver, driver.FindElement(By.Id("regeltab-testen")));
        StaffApp.Click(driver, StaffApp.WaitForPresent(driver, $"[id='test-{code}']", "the buurt in the test panel"));
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("[data-testid='test-uitvoeren']")));
        var resultaat = Chromium.WaitFor(driver, d => d.FindElement(By.Id("inhoud")).Text is var t && t.Contains("buurt.Huishoudens", StringComparison.Ordinal) ? t : null, "the test result with the values used", 60);
        Assert.Contains($"buurt.Huishoudens = {buurt["huishoudens"]!.GetValue<int>().ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))}", resultaat, StringComparison.Ordinal);
        StaffApp.AssertAccessible(driver, "the test tab");

        // Save the draft (nothing is lost when leaving the page), then roll back to version 1 from the version history.
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("[data-testid='concept-opslaan']")));
        Chromium.WaitFor(driver, d => d.FindElement(By.CssSelector("[data-testid='concept-status']")).Text.Contains("opgeslagen", StringComparison.Ordinal) && !d.FindElement(By.CssSelector("[data-testid='concept-status']")).Text.Contains("Niet", StringComparison.Ordinal) ? true : (bool?)null, "the draft saved");
        Assert.Contains(">= 1", (await api.GetFromJsonAsync<JsonObject>("/api/regels/buurtselectie"))!["concept"]!["json"]!.GetValue<string>(), StringComparison.Ordinal);
        StaffApp.Go(driver, b, "/app/regels/buurtselectie?tab=versies", "table.versietabel tr[data-versie='1']");
        StaffApp.AssertAccessible(driver, "the versions tab");
        var terug = driver.FindElements(By.CssSelector("table.versietabel tr[data-versie='1'] button")).First(e => e.Text.StartsWith("Terugzetten", StringComparison.Ordinal));
        StaffApp.Click(driver, terug);
        StaffApp.Type(StaffApp.WaitForElement(driver, "#terugzetten-toelichting", "the roll-back dialog"), "Terug naar 500");
        StaffApp.Click(driver, driver.FindElements(By.CssSelector("button[type=submit]")).First(e => e.Text == "Terugzetten"));
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector("table.versietabel tr[data-versie='3']")).FirstOrDefault(), "version 3 in the history", 30);

        var versies = (await api.GetFromJsonAsync<List<JsonObject>>("/api/regels/buurtselectie/versies"))!;
        Assert.Equal((3, 1, true), (versies[0]["nummer"]!.GetValue<int>(), versies[0]["teruggezetNaar"]!.GetValue<int>(), versies[0]["actief"]!.GetValue<bool>()));
        Assert.Equal(published, (await api.GetFromJsonAsync<JsonObject>("/api/regels/buurtselectie"))!["gepubliceerd"]!["json"]!.GetValue<string>());
        StaffApp.AssertSameOrigin(driver);
    }

    private static string? Cel(IWebDriver driver, string code, string kolom)
    {
        var kolommen = driver.FindElements(By.CssSelector(".buurtentabel thead th")).Select(th => th.Text).ToList();
        var index = kolommen.FindIndex(t => t.StartsWith(kolom switch { "geschikt" => "Geschikt", _ => kolom }, StringComparison.Ordinal));
        var rij = driver.FindElements(By.CssSelector($".buurtentabel tbody tr[data-code='{code}']")).FirstOrDefault();
        return rij is null || index < 0 ? null : rij.FindElements(By.CssSelector("th, td"))[index].Text;
    }

    private static async Task<HttpClient> SignedInClientAsync(Uri host, string role)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = host };
        (await client.PostAsJsonAsync("/api/auth/login", new { username = role, password = StaffApp.Password })).EnsureSuccessStatusCode();
        return client;
    }
}
