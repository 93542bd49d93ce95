using System.Drawing;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Participatie.Host.BrowserTests.Infrastructure;
using Participatie.Host.Tests.Infrastructure;
using Participatie.Host.Tests.Uitdaagrecht;

namespace Participatie.Host.BrowserTests.Staff;

/// <summary>
/// The staff screens of features that had only an API: buurtbudget rounds (create with errors at the fields, projects,
/// voting codes, pabulib import with located errors and the explained result), the uitdaagrecht (inbox task opens the
/// request's own form; a step's form with errors at the fields) and exchange (plan an uitwisselmoment, see invited
/// counts). axe-core finds no serious or critical violations at 390 px (a phone) nor at desktop width.
/// </summary>
public sealed class FeatureSchermenBrowserTests
{
    private static readonly Size Telefoon = new(390, 844);
    private static readonly Size Bureaublad = new(1280, 900);

    // Ten voters: greedy funds 1 and 2, Equal Shares 1 and 3 (as in BuurtbudgetOpenDataEnImportTests).
    private const string Pabulib = """
        META
        key;value
        description;Buurtbudget Oost uit de browser
        country;Netherlands
        budget;1000
        vote_type;approval
        date_begin;01.03.2026
        date_end;15.03.2026
        PROJECTS
        project_id;cost;name
        1;600;Speeltuin
        2;400;Bankjes, bij de vijver
        3;400;Moestuin
        VOTES
        voter_id;vote
        a;1,2
        b;1,2
        c;1,2
        d;1,2
        e;1,2
        f;1
        g;3
        h;3
        i;3
        j;3
        """;

    [Fact]
    public async Task Buurtbudget_CreateRoundWithErrorAtField_AddProjectAndCodes_ImportPabulibWithLocatedErrors()
    {
        await using var host = await RunningHost.StartAsync();
        using var driver = Chromium.Start();
        var b = host.BaseAddress;

        StaffApp.SignIn(driver, b, "beleid", "/app/buurtbudget");
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector("#br-buurt option")).Count > 1, "the buurten in the form");
        Assert.Contains("Buurtbudget", driver.FindElement(By.CssSelector("nav.app-nav")).Text, StringComparison.Ordinal);
        AxeOpBeideBreedtes(driver, "/app/buurtbudget");

        // Voting that ends before it begins: the server refuses, and says so at the end date.
        var nu = TimeProvider.System.GetUtcNow().LocalDateTime; // the Host runs on the system clock, the browser in local time
        StaffApp.Type(driver.FindElement(By.Id("br-naam")), "Buurtbudget uit de browser");
        var buurtCode = driver.FindElements(By.CssSelector("#br-buurt option"))[1].GetAttribute("value")!;
        StaffApp.Select(driver, driver.FindElement(By.Id("br-buurt")), buurtCode);
        StaffApp.Type(driver.FindElement(By.Id("br-budget")), "5000");
        StaffApp.Type(driver.FindElement(By.Id("br-maxprojecten")), "2");
        StaffApp.Type(driver.FindElement(By.Id("br-maxpunten")), "3"); // a points limit without points per voter
        ZetWaarde(driver, driver.FindElement(By.Id("br-stemmen-vanaf")), Lokaal(nu.AddDays(20)));
        ZetWaarde(driver, driver.FindElement(By.Id("br-stemmen-tot")), Lokaal(nu.AddDays(10)));
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#nieuwe-ronde button[type=submit]")));
        var fout = StaffApp.WaitForElement(driver, "#br-stemmen-tot-fout", "the server's error at the end of voting");
        Assert.Equal("Het stemmen moet eindigen na het begin.", fout.Text);
        Assert.Equal("true", driver.FindElement(By.Id("br-stemmen-tot")).GetAttribute("aria-invalid"));
        Assert.Contains("br-stemmen-tot-fout", driver.FindElement(By.Id("br-stemmen-tot")).GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Contains("Stemmen tot: Het stemmen moet eindigen na het begin.", driver.FindElement(By.CssSelector("#nieuwe-ronde .foutsamenvatting")).Text, StringComparison.Ordinal);
        Assert.Contains("hoort bij een puntenronde", StaffApp.WaitForElement(driver, "#br-maxpunten-fout", "the error at the points limit").Text, StringComparison.Ordinal);
        Assert.Empty(driver.FindElements(By.Id("br-budget-fout")));
        AxeOpBeideBreedtes(driver, "the new-round form with an error");

        // Corrected, the round is made and its page opens.
        StaffApp.Type(driver.FindElement(By.Id("br-maxpunten")), "");
        ZetWaarde(driver, driver.FindElement(By.Id("br-stemmen-tot")), Lokaal(nu.AddDays(30)));
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#nieuwe-ronde button[type=submit]")));
        Chromium.WaitFor(driver, d => new Uri(d.Url).AbsolutePath.StartsWith("/app/buurtbudget/", StringComparison.Ordinal), "the new round's page");
        StaffApp.WaitForElement(driver, ".fasetabel", "the round's phases");
        Assert.Equal("Buurtbudget uit de browser", driver.FindElement(By.TagName("h1")).Text);
        Assert.Contains("hoogstens 2 projecten", driver.FindElement(By.TagName("main")).Text, StringComparison.Ordinal);

        // A project dearer than the whole budget is refused at the costs; a fitting one goes on the ballot.
        StaffApp.Type(driver.FindElement(By.Id("pr-titel")), "Speeltuin opknappen");
        StaffApp.Type(driver.FindElement(By.Id("pr-kosten")), "9000");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#nieuw-project button[type=submit]")));
        Assert.Contains("hoger dan het hele budget", StaffApp.WaitForElement(driver, "#pr-kosten-fout", "the error at the costs").Text, StringComparison.Ordinal);
        StaffApp.Type(driver.FindElement(By.Id("pr-kosten")), "600");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#nieuw-project button[type=submit]")));
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".projectentabel tbody tr")).Count == 1, "the project on the ballot");
        Assert.Contains("Speeltuin opknappen", driver.FindElement(By.CssSelector(".projectentabel")).Text, StringComparison.Ordinal);

        // An initiative in the buurt that asked for money goes on the list as a proposal, with the rules' verdict.
        var kandidaat = StaffApp.WaitForElement(driver, ".kandidaten li", "an initiative that asked for money");
        var kandidaatTitel = kandidaat.FindElement(By.CssSelector("button .visueel-verborgen")).GetAttribute("textContent")!.TrimStart(':', ' ');
        StaffApp.Click(driver, kandidaat.FindElement(By.TagName("button")));
        var voorstel = StaffApp.WaitForElement(driver, ".voorstellentabel tbody tr", "the proposal from the initiative");
        Assert.Contains(kandidaatTitel, voorstel.Text, StringComparison.Ordinal);
        Assert.Contains("initiatief", voorstel.Text, StringComparison.Ordinal);
        Assert.NotEmpty(voorstel.FindElements(By.CssSelector(".badge")));

        // Voting codes: made once (the confirmation accepted), counted in the round's overview.
        driver.ExecuteScript("window.confirm = () => true;");
        StaffApp.Type(driver.FindElement(By.Id("sc-aantal")), "5");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#stemcodes button[type=submit]")));
        Chromium.WaitFor(driver, d => d.FindElement(By.TagName("main")).Text.Contains("5 stemcodes gemaakt en gedownload", StringComparison.Ordinal), "the codes made");
        Chromium.WaitFor(driver, d => d.FindElement(By.TagName("main")).Text.Contains("5 stemcodes, 0 stemmen", StringComparison.Ordinal), "the count of codes");
        Assert.Contains("De uitslag komt als het stemmen gesloten is.", driver.FindElement(By.TagName("main")).Text, StringComparison.Ordinal);
        AxeOpBeideBreedtes(driver, "a round's page");

        // Pabulib import: a broken file comes back with its line and code at the file field; a good one becomes a round
        // with the result explained per project.
        StaffApp.Go(driver, b, "/app/buurtbudget", ".rondelijst tbody tr");
        Assert.Contains("Buurtbudget uit de browser", driver.FindElement(By.CssSelector(".rondelijst")).Text, StringComparison.Ordinal);
        var map = Directory.CreateTempSubdirectory("pabulib").FullName;
        var kapot = Path.Combine(map, "kapot.pb");
        await File.WriteAllTextAsync(kapot, Pabulib.Replace("j;3", "j;9", StringComparison.Ordinal));
        driver.FindElement(By.Id("pb-bestand")).SendKeys(kapot);
        StaffApp.Select(driver, driver.FindElement(By.Id("pb-buurt")), buurtCode);
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#pabulib-import button[type=submit]")));
        var bestandFout = StaffApp.WaitForElement(driver, "#pb-bestand-fout", "the file's located error").Text;
        Assert.Contains("kapot.pb(", bestandFout, StringComparison.Ordinal);
        Assert.Contains("PB0304", bestandFout, StringComparison.Ordinal);
        AxeOpBeideBreedtes(driver, "the pabulib import with an error");

        var goed = Path.Combine(map, "oost.pb");
        await File.WriteAllTextAsync(goed, Pabulib);
        driver.FindElement(By.Id("pb-bestand")).SendKeys(goed);
        StaffApp.Select(driver, driver.FindElement(By.Id("pb-telmethode")), "MeesteStemmen");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#pabulib-import button[type=submit]")));
        StaffApp.WaitForElement(driver, ".uitslagtabel tbody tr", "the imported round's result");
        Assert.Equal("Buurtbudget Oost uit de browser", driver.FindElement(By.TagName("h1")).Text);
        var uitslag = driver.FindElements(By.CssSelector(".uitslagtabel tbody tr")).Select(r => r.FindElements(By.TagName("td")).Select(c => c.Text).ToList()).ToList();
        Assert.Equal(["1. Speeltuin", "2. Bankjes, bij de vijver", "3. Moestuin"], uitslag.Select(r => r[0]));
        Assert.Equal(["gekozen", "gekozen", "niet gekozen"], uitslag.Select(r => r[3]));
        Assert.All(uitslag, r => Assert.True(r[4].Length > 10, $"an explanation for {r[0]}"));
        AxeOpBeideBreedtes(driver, "an imported round with its result");
        StaffApp.AssertSameOrigin(driver);
    }

    [Fact]
    public async Task Uitdaagrecht_InboxOpensTheRequestsForm_ErrorsAtFields_AssessmentDecisionAgreementRecorded()
    {
        await using var host = await RunningHost.StartAsync();
        var b = host.BaseAddress;
        using var http = new HttpClient { BaseAddress = b };
        var resident = await DirectLineClient.StartAsync(http);
        var (referentie, _) = await UitdaagrechtChat.DoeAsync(resident);

        using var driver = Chromium.Start();
        StaffApp.SignIn(driver, b, "afdeling", "/app/taken");
        // The assessment task links to the request's own form, not to the generic task form.
        var taak = Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".takenlijst tbody tr a[data-formulier]")).FirstOrDefault(a => a.Text.Contains(referentie, StringComparison.Ordinal)), "the uitdaagrecht task in the inbox");
        var formulier = taak.GetAttribute("data-formulier")!;
        Assert.Matches("^/app/uitdaagrecht/[0-9]+$", formulier);
        // The generic task page does not offer its outcome form for it, but points to the request's form.
        var taakId = driver.FindElements(By.CssSelector(".takenlijst tbody tr")).Single(r => r.Text.Contains(referentie, StringComparison.Ordinal)).GetAttribute("data-taak-id");
        StaffApp.Go(driver, b, $"/app/taken/{taakId}", ".eigen-formulier a");
        Assert.Empty(driver.FindElements(By.CssSelector("input[name=uitkomst]")));
        StaffApp.Click(driver, driver.FindElement(By.CssSelector(".eigen-formulier a")));
        Chromium.WaitFor(driver, d => new Uri(d.Url).AbsolutePath == formulier, "the request's page");
        StaffApp.WaitForElement(driver, "#stapformulier[data-stap='beoordeling']", "the assessment form");
        Assert.StartsWith(referentie, driver.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
        // Afdeling deals with the group: the API returns the contact details, and the page shows them.
        Assert.Contains("anna@example.nl", driver.FindElement(By.CssSelector(".verzoekgegevens")).Text, StringComparison.Ordinal);

        // Without continuity the server refuses the form, at that field; nothing is recorded.
        StaffApp.Type(driver.FindElement(By.Id("udr-uitgaven")), "4200");
        StaffApp.Type(driver.FindElement(By.Id("udr-kwaliteit")), "Matig: twee keer per jaar maaien.");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#stapformulier button[type=submit]")));
        Assert.Equal("Beschrijf hoe de continuïteit geborgd blijft.", StaffApp.WaitForElement(driver, "#udr-continuiteit-fout", "the error at continuity").Text);
        Assert.Equal("true", driver.FindElement(By.Id("udr-continuiteit")).GetAttribute("aria-invalid"));
        Assert.Empty(driver.FindElements(By.Id("udr-kwaliteit-fout")));
        AxeOpBeideBreedtes(driver, "the uitdaagrecht form with an error");

        StaffApp.Type(driver.FindElement(By.Id("udr-continuiteit")), "Vereniging met 8 leden; bij uitval neemt de gemeente het terug.");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#stapformulier button[type=submit]")));
        Chromium.WaitFor(driver, d => d.FindElement(By.TagName("main")).Text.Contains("Beoordeling is vastgelegd.", StringComparison.Ordinal), "the recorded assessment");
        Chromium.WaitFor(driver, d => d.FindElement(By.CssSelector(".stapgegevens")).Text.Contains("Vereniging met 8 leden", StringComparison.Ordinal), "the assessment in the request");
        Assert.Contains("Besluit college", driver.FindElement(By.CssSelector(".verzoekgegevens")).Text, StringComparison.Ordinal);
        Assert.Empty(driver.FindElements(By.CssSelector("#stapformulier[data-stap='beoordeling']")));

        var verzoekPad = new Uri(driver.Url).AbsolutePath;

        // The list shows the request at its next step, with its deadline.
        StaffApp.Go(driver, b, "/app/uitdaagrecht", ".verzoekenlijst tbody tr");
        var rij = driver.FindElements(By.CssSelector(".verzoekenlijst tbody tr")).Single(r => r.Text.Contains(referentie, StringComparison.Ordinal));
        Assert.Contains("besluit van het college", rij.Text, StringComparison.Ordinal);
        AxeOpBeideBreedtes(driver, "/app/uitdaagrecht");
        StaffApp.AssertSameOrigin(driver);

        // Beleid gets no contact details from the API, and the page shows none.
        using var beleid = Chromium.Start();
        StaffApp.SignIn(beleid, b, "beleid", verzoekPad);
        StaffApp.WaitForElement(beleid, ".verzoekgegevens", "the request as beleid");
        Assert.DoesNotContain("anna@example.nl", beleid.FindElement(By.TagName("main")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Contact", beleid.FindElement(By.CssSelector(".verzoekgegevens")).Text, StringComparison.Ordinal);
        Assert.Empty(beleid.FindElements(By.CssSelector("#stapformulier[data-stap='beoordeling']")));

        // Beheer records the college's decision (motivation required, at its field), then the agreement (start date
        // required, at its field); the request is then running with the budget transferred.
        using var beheer = Chromium.Start();
        StaffApp.SignIn(beheer, b, "beheer", verzoekPad);
        StaffApp.WaitForElement(beheer, "#stapformulier[data-stap='besluit']", "the decision form");
        StaffApp.Click(beheer, beheer.FindElement(By.Id("udr-besluit-0")));
        StaffApp.Click(beheer, beheer.FindElement(By.CssSelector("#stapformulier button[type=submit]")));
        Assert.Equal("Geef de motivering van het besluit.", StaffApp.WaitForElement(beheer, "#udr-toelichting-fout", "the error at the motivation").Text);
        StaffApp.Type(beheer.FindElement(By.Id("udr-toelichting")), "Goed onderbouwd; de kwaliteit gaat omhoog.");
        StaffApp.Click(beheer, beheer.FindElement(By.CssSelector("#stapformulier button[type=submit]")));
        StaffApp.WaitForElement(beheer, "#stapformulier[data-stap='overeenkomst']", "the agreement form");
        StaffApp.Type(beheer.FindElement(By.Id("udr-bedrag")), "3500");
        StaffApp.Click(beheer, beheer.FindElement(By.CssSelector("#stapformulier button[type=submit]")));
        Assert.Equal("Vul de ingangsdatum in (jjjj-mm-dd).", StaffApp.WaitForElement(beheer, "#udr-ingang-fout", "the error at the start date").Text);
        AxeOpBeideBreedtes(beheer, "the agreement form with an error");
        ZetWaarde(beheer, beheer.FindElement(By.Id("udr-ingang")), TimeProvider.System.GetUtcNow().AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        StaffApp.Click(beheer, beheer.FindElement(By.CssSelector("#stapformulier button[type=submit]")));
        Chromium.WaitFor(beheer, d => d.FindElement(By.TagName("main")).Text.Contains("Overeenkomst is vastgelegd.", StringComparison.Ordinal), "the recorded agreement");
        Chromium.WaitFor(beheer, d => d.FindElement(By.CssSelector(".verzoekgegevens")).Text.Contains("Lopend", StringComparison.Ordinal), "the request running");
        Assert.Contains("€ 3.500,00 per jaar", beheer.FindElement(By.CssSelector(".stapgegevens")).Text, StringComparison.Ordinal);
        Assert.Contains("toekennen", beheer.FindElement(By.CssSelector(".stapgegevens")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uitwisseling_SimilarInitiativesExplained_PlanAMomentWithErrorAtField_SeesInvitedCount()
    {
        await using var host = await RunningHost.StartAsync();
        using var driver = Chromium.Start();
        var b = host.BaseAddress;

        StaffApp.SignIn(driver, b, "wijkcoordinator", "/app/uitwisseling");
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector("#uw-initiatief option")).Count > 1, "the initiatives to choose from");
        var menu = driver.FindElement(By.CssSelector("nav.app-nav")).Text;
        Assert.Contains("Uitwisseling", menu, StringComparison.Ordinal);
        Assert.DoesNotContain("Buurtbudget", menu, StringComparison.Ordinal);

        // Similar initiatives of the first one, each with its explanation.
        StaffApp.Select(driver, driver.FindElement(By.Id("uw-initiatief")), driver.FindElements(By.CssSelector("#uw-initiatief option"))[1].GetAttribute("value")!);
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".vergelijkbaar .laden")).Count == 0
            && (d.FindElements(By.CssSelector(".vergelijkbaar__item")).Count > 0 || d.FindElement(By.CssSelector(".vergelijkbaar")).Text.Contains("Geen vergelijkbare", StringComparison.Ordinal)), "the similar initiatives");
        Assert.NotEmpty(driver.FindElements(By.CssSelector(".vergelijkbaar__item")));
        foreach (var item in driver.FindElements(By.CssSelector(".vergelijkbaar__item")))
        {
            Assert.Contains("thema", item.FindElement(By.CssSelector(".vergelijkbaar__zin")).Text, StringComparison.Ordinal);
            Assert.Contains("score", item.FindElement(By.CssSelector(".vergelijkbaar__zin")).Text, StringComparison.Ordinal);
        }

        // A moment in the past is refused at the date; in the future it is planned and says how many were invited.
        StaffApp.Select(driver, driver.FindElement(By.Id("um-thema")), "Groen");
        ZetWaarde(driver, driver.FindElement(By.Id("um-datum")), Lokaal(TimeProvider.System.GetUtcNow().LocalDateTime.AddDays(-1)));
        StaffApp.Type(driver.FindElement(By.Id("um-plaats")), "Buurthuis De Linde");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#nieuw-moment button[type=submit]")));
        Assert.Equal("Kies een datum en tijd in de toekomst.", StaffApp.WaitForElement(driver, "#um-datum-fout", "the error at the date").Text);
        AxeOpBeideBreedtes(driver, "/app/uitwisseling with an error");

        ZetWaarde(driver, driver.FindElement(By.Id("um-datum")), Lokaal(TimeProvider.System.GetUtcNow().LocalDateTime.AddDays(14)));
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("#nieuw-moment button[type=submit]")));
        var gepland = Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".utrecht-alert--ok")).FirstOrDefault(e => e.Text.Contains("gepland", StringComparison.Ordinal))?.Text, "the planned moment");
        Assert.Matches(@"Uitwisselmoment Groen op .+ gepland: \d+ initiatieven uitgenodigd", gepland);
        var rij = StaffApp.WaitForElement(driver, ".momenten tbody tr", "the moment in the list");
        Assert.Contains("Buurthuis De Linde", rij.Text, StringComparison.Ordinal);
        using (var beleid = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = b })
        {
            (await beleid.PostAsJsonAsync("/api/auth/login", new { username = "beleid", password = StaffApp.Password })).EnsureSuccessStatusCode();
            var moment = (await beleid.GetFromJsonAsync<List<JsonObject>>("/api/uitwisseling/momenten"))!.Single();
            Assert.Contains($"{moment["uitgenodigd"]!.GetValue<int>()} initiatieven uitgenodigd", gepland, StringComparison.Ordinal);
        }

        AxeOpBeideBreedtes(driver, "/app/uitwisseling");
        StaffApp.AssertSameOrigin(driver);
    }

    /// <summary>Runs axe-core at phone width and at desktop width; leaves the window at desktop width.</summary>
    private static void AxeOpBeideBreedtes(ChromeDriver driver, string pagina)
    {
        driver.Manage().Window.Size = Telefoon;
        Schermafdruk(driver, pagina, "390");
        var overloop = driver.ExecuteScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Assert.True(Convert.ToInt64(overloop, System.Globalization.CultureInfo.InvariantCulture) <= 0, $"{pagina} scrolls sideways at 390 px");
        StaffApp.AssertAccessible(driver, $"{pagina} at 390 px");
        driver.Manage().Window.Size = Bureaublad;
        Schermafdruk(driver, pagina, "1280");
        StaffApp.AssertAccessible(driver, $"{pagina} at 1280 px");
    }

    /// <summary>With PARTICIPATIE_TEST_SCREENSHOTS set to a folder, saves the whole page there, for a person to look at.</summary>
    private static void Schermafdruk(ChromeDriver driver, string pagina, string breedte)
    {
        if (Environment.GetEnvironmentVariable("PARTICIPATIE_TEST_SCREENSHOTS") is not { Length: > 0 } map)
        {
            return;
        }

        Directory.CreateDirectory(map);
        var naam = string.Concat(pagina.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');
        var hoogte = Convert.ToInt32(driver.ExecuteScript("return document.documentElement.scrollHeight;"), System.Globalization.CultureInfo.InvariantCulture);
        var oud = driver.Manage().Window.Size;
        driver.Manage().Window.Size = new Size(oud.Width, Math.Min(hoogte + 120, 6000));
        driver.GetScreenshot().SaveAsFile(Path.Combine(map, $"{naam}-{breedte}.png"));
        driver.Manage().Window.Size = oud;
    }

    /// <summary>Sets a React-controlled input's value (date and time inputs cannot be typed into portably).</summary>
    private static void ZetWaarde(ChromeDriver driver, IWebElement invoer, string waarde) =>
        driver.ExecuteScript(
            "const i = arguments[0]; Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(i, arguments[1]);" +
            "i.dispatchEvent(new Event('input', { bubbles: true }));", invoer, waarde);

    private static string Lokaal(DateTime tijd) => tijd.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
