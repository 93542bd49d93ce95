using System.Net;
using OpenQA.Selenium;
using Participatie.Host.BrowserTests.Infrastructure;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.BrowserTests.Staff;

/// <summary>
/// The staff application (/app/) in headless Chromium against the Host as a real process: the workbench,
/// the workflow designer and the instance viewer, with axe-core on every page.
/// </summary>
public sealed class StaffAppBrowserTests
{
    [Fact]
    public async Task StaffApp_CompleteTaskRedesignPublishStartAndView_InstanceFollowsTheNewStep()
    {
        await using var host = await RunningHost.StartAsync();
        using var driver = Chromium.Start();
        var b = host.BaseAddress;

        // Log in (the app sends us to the login form and back) and complete a task from the inbox.
        StaffApp.SignIn(driver, b, "beheer");
        StaffApp.WaitForElement(driver, ".takenlijst tbody tr a", "a task in the inbox");
        Assert.NotEmpty(driver.FindElements(By.CssSelector(".takenlijst tr.rij--te-laat")));
        StaffApp.AssertAccessible(driver, "/app/taken");
        var taak = driver.FindElement(By.CssSelector(".takenlijst tbody tr a"));
        var taakTitel = taak.Text;
        StaffApp.Click(driver, taak);
        StaffApp.WaitForElement(driver, "input[name=uitkomst]", "the outcomes of the task");
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".laden")).Count == 0 && d.FindElements(By.Id("kop-geschiedenis")).Count > 0, "the initiative beside the task");
        Assert.Equal(taakTitel, driver.FindElement(By.TagName("h1")).Text);
        Assert.Contains("Buurtgegevens", driver.FindElement(By.TagName("main")).Text, StringComparison.Ordinal);
        StaffApp.AssertAccessible(driver, "the task page");
        var uitkomst = driver.FindElement(By.CssSelector("input[name=uitkomst]"));
        var gekozen = uitkomst.GetAttribute("value");
        StaffApp.Click(driver, uitkomst);
        StaffApp.Type(driver.FindElement(By.Id("toelichting")), "Besproken met de initiatiefnemer.");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("form button[type=submit]")));
        Chromium.WaitFor(driver, d => d.FindElement(By.TagName("main")).Text.Contains($"afgerond met uitkomst “{gekozen}”", StringComparison.Ordinal), "the completed task");

        // Import Elsa JSON: an unknown activity type is refused with its located error, a valid file opens in the designer.
        StaffApp.Go(driver, b, "/app/workflows", ".workflowlijst tbody tr");
        StaffApp.AssertAccessible(driver, "/app/workflows");
        var bestand = Path.Combine(Directory.CreateTempSubdirectory("elsa-import").FullName, "import.json");
        const string Elsa = """
            {"definitionId": "browser-import", "name": "Import uit de browser", "root": {"type": "Elsa.Flowchart", "id": "r",
             "activities": [{"id": "a1", "type": "TYPE", "name": "Regel", "text": {"typeName": "String", "expression": {"type": "Literal", "value": "Hallo"}},
               "customProperties": {"eigen": 1}, "metadata": {"designer": {"position": {"x": 10, "y": 20}}}}], "connections": []}}
            """;
        await File.WriteAllTextAsync(bestand, Elsa.Replace("TYPE", "Bestaat.Niet", StringComparison.Ordinal));
        driver.FindElement(By.CssSelector(".knoppenrij input[type=file]")).SendKeys(bestand);
        Assert.Contains("WF003", StaffApp.WaitForElement(driver, ".foutenlijst", "the import's errors").Text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(bestand, Elsa.Replace("TYPE", "Elsa.WriteLine", StringComparison.Ordinal));
        driver.FindElement(By.CssSelector(".knoppenrij input[type=file]")).SendKeys(bestand);
        StaffApp.WaitForPresent(driver, ".react-flow__node[data-id='a1']", "the imported workflow in the designer");
        Assert.Equal("Import uit de browser", driver.FindElement(By.TagName("h1")).Text);

        // Open initiatief-routering in the designer.
        StaffApp.Go(driver, b, "/app/workflows", ".workflowlijst tbody tr");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("tr[data-definitie='initiatief-routering'] a")));
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".react-flow__node")).Count > 10, "the flowchart's nodes");
        var nodes = driver.FindElements(By.CssSelector(".react-flow__node")).Count;
        StaffApp.AssertAccessible(driver, "the designer");

        // Add from the palette and undo it.
        StaffApp.Click(driver, driver.FindElement(By.CssSelector(".palet__item[data-type-name='Elsa.WriteLine']")));
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".react-flow__node")).Count == nodes + 1, "the added WriteLine");
        StaffApp.Click(driver, driver.FindElements(By.CssSelector(".werkbalk button")).First(e => e.Text == "Ongedaan maken"));
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".react-flow__node")).Count == nodes, "undo to remove it again");

        // Add a workflow variable.
        StaffApp.Click(driver, driver.FindElements(By.CssSelector(".tabs button")).First(e => e.Text == "Variabelen"));
        var variabelen = driver.FindElements(By.CssSelector("fieldset.variabele")).Count;
        StaffApp.Click(driver, driver.FindElements(By.CssSelector(".paneel button")).First(e => e.Text == "Variabele toevoegen"));
        StaffApp.Type(StaffApp.WaitForElement(driver, $"#var-naam-{variabelen}", "the new variable's name"), "Controle");

        // Insert a HumanTask on the connection from Start to the first decision; Start is chosen with the keyboard.
        var startNode = driver.FindElement(By.CssSelector(".react-flow__node[data-id='start']"));
        driver.ExecuteScript("arguments[0].focus();", startNode);
        startNode.SendKeys(Keys.Enter);
        StaffApp.WaitForElement(driver, "[data-panel-activity='start']", "the properties of Start");
        var invoegen = driver.FindElements(By.CssSelector("[data-panel-activity='start'] .verbindingen button")).First(e => e.Text.StartsWith("Stap invoegen", StringComparison.Ordinal));
        StaffApp.Click(driver, invoegen);
        StaffApp.WaitForElement(driver, "[data-panel-edge]", "the connection's panel");
        StaffApp.Select(driver, driver.FindElement(By.Id("invoegen-type")), "Participatie.HumanTask");
        StaffApp.Type(StaffApp.WaitForElement(driver, "#invoegen-poort", "the port field"), "akkoord");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector(".invoegen button")));
        var paneel = StaffApp.WaitForElement(driver, "[data-panel-activity]", "the new step's properties");
        var stap = paneel.GetAttribute("data-panel-activity")!;
        Assert.NotEqual("start", stap);
        Assert.Equal(nodes + 1, driver.FindElements(By.CssSelector(".react-flow__node")).Count);

        // Fill its inputs; a C# syntax error is reported on the field and on the node while typing.
        StaffApp.Type(driver.FindElement(By.Id($"invoer-{stap}-titel")), "Extra controle door beheer");
        StaffApp.Select(driver, driver.FindElement(By.Id($"invoer-{stap}-rol-soort")), "CSharp");
        StaffApp.Type(driver.FindElement(By.Id($"invoer-{stap}-rol")), "\"beheer\" +");
        StaffApp.WaitForElement(driver, $"#invoer-{stap}-rol-fout", "the server's syntax error under the field");
        StaffApp.WaitForPresent(driver, $".react-flow__node[data-id='{stap}'] .activiteit__fouten", "the error on the node");
        StaffApp.Select(driver, driver.FindElement(By.Id($"invoer-{stap}-rol-soort")), "Literal");
        StaffApp.Type(driver.FindElement(By.Id($"invoer-{stap}-rol")), "beheer");
        StaffApp.Select(driver, driver.FindElement(By.Id($"invoer-{stap}-uitkomsten-soort")), "Object");
        StaffApp.Type(driver.FindElement(By.Id($"invoer-{stap}-uitkomsten")), "[\"akkoord\"]");
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector($".react-flow__node[data-id='{stap}'] .activiteit__fouten")).Count == 0
            && d.FindElements(By.CssSelector($"#invoer-{stap}-rol-fout")).Count == 0, "the errors to clear");
        Assert.Equal("akkoord", driver.FindElement(By.CssSelector($".react-flow__node[data-id='{stap}'] .poort__naam")).GetAttribute("textContent"));

        // Publish a new version.
        StaffApp.Click(driver, driver.FindElements(By.CssSelector(".werkbalk button")).First(e => e.Text == "Publiceren"));
        var gepubliceerd = Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".utrecht-alert")).FirstOrDefault(e => e.Text.Contains("is gepubliceerd", StringComparison.Ordinal))?.Text, "the publish confirmation");
        Assert.StartsWith("Versie 2 ", gepubliceerd, StringComparison.Ordinal);

        // Start an instance; it waits at the new step.
        var initiatiefId = Convert.ToInt64(driver.ExecuteAsyncScript(
            "const done = arguments[arguments.length - 1]; fetch('/api/initiatieven').then(r => r.json()).then(l => done(l[0].id));"), System.Globalization.CultureInfo.InvariantCulture);
        StaffApp.Click(driver, driver.FindElements(By.CssSelector(".werkbalk a")).First(e => e.Text == "Instanties"));
        StaffApp.Click(driver, StaffApp.WaitForElement(driver, ".start-instantie summary", "the start form"));
        StaffApp.Type(driver.FindElement(By.Id("start-invoer")),
            $$"""{"InitiatiefId": {{initiatiefId}}, "Referentie": "INI-BROWSER", "WilZelfUitvoeren": true, "StartDatum": "2026-12-01T00:00:00Z"}""");
        StaffApp.Type(driver.FindElement(By.Id("start-correlatie")), "browsertest");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector(".start-instantie button[type=submit]")));
        StaffApp.WaitForPresent(driver, $".instantie .react-flow__node[data-id='{stap}'] .activiteit--wacht", "the new step waiting in the instance viewer");
        Assert.Contains("HumanTask1", driver.FindElement(By.CssSelector("table.bladwijzers")).Text, StringComparison.Ordinal);
        Assert.Contains("Start", driver.FindElement(By.CssSelector("table.logboek")).Text, StringComparison.Ordinal);
        Assert.NotEmpty(driver.FindElements(By.CssSelector(".react-flow__node[data-id='start'] .activiteit--bezocht")));
        Assert.Contains("Versie 2", driver.FindElement(By.CssSelector(".instantie")).Text, StringComparison.Ordinal);
        Assert.Contains("Controle", driver.FindElement(By.CssSelector(".instantie")).Text, StringComparison.Ordinal);
        var instantiePad = new Uri(driver.Url).AbsolutePath;
        StaffApp.AssertAccessible(driver, "the instance viewer");

        // The new step is a task in the inbox; completing it moves the instance on along "akkoord".
        StaffApp.Go(driver, b, "/app/taken", ".takenlijst tbody tr a");
        var nieuweTaak = Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".takenlijst tbody tr a")).FirstOrDefault(a => a.Text == "Extra controle door beheer"), "the new step's task");
        StaffApp.Click(driver, nieuweTaak);
        StaffApp.Click(driver, StaffApp.WaitForElement(driver, "input[name=uitkomst][value='akkoord']", "the outcome akkoord"));
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("form button[type=submit]")));
        Chromium.WaitFor(driver, d => d.FindElement(By.TagName("main")).Text.Contains("afgerond met uitkomst “akkoord”", StringComparison.Ordinal), "the new task completed");
        StaffApp.Go(driver, b, instantiePad, $".instantie .react-flow__node[data-id='{stap}'] .activiteit--bezocht");
        Assert.Contains("akkoord", driver.FindElement(By.CssSelector("table.logboek")).Text, StringComparison.Ordinal);
        StaffApp.AssertSameOrigin(driver);
    }

    [Fact]
    public async Task StaffApp_EveryPage_NoSeriousOrCriticalAxeViolations()
    {
        await using var host = await RunningHost.StartAsync();
        var b = host.BaseAddress;

        using (var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = b })
        {
            var response = await http.GetAsync(new Uri("/app/workflows", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        using var driver = Chromium.Start();
        StaffApp.SignIn(driver, b, "wijkcoordinator", "/app/initiatieven");
        StaffApp.WaitForElement(driver, "table tbody tr a", "initiatives");
        StaffApp.AssertAccessible(driver, "/app/initiatieven");
        var woord = driver.FindElement(By.CssSelector("table tbody tr a")).Text.Split(' ')[0];
        StaffApp.Type(driver.FindElement(By.Id("zoek")), woord);
        Chromium.WaitFor(driver, d => d.Url.Contains("zoek=", StringComparison.Ordinal), "the search in the address");
        StaffApp.Click(driver, StaffApp.WaitForElement(driver, "table tbody tr a", "a found initiative"));
        StaffApp.WaitForElement(driver, "#kop-geschiedenis", "the initiative's history");
        StaffApp.AssertAccessible(driver, "an initiative");

        foreach (var (path, ready) in new[]
        {
            ("/app/taken", "h1"), ("/app/buurten", ".buurtentabel tbody tr"), ("/app/programma", ".fasen li"),
            ("/app/workflows", ".workflowlijst tbody tr"), ("/app/workflows/initiatief-routering", ".react-flow__node"),
            ("/app/workflows/programma-doe-democratie/instanties", ".instanties-lijst"), ("/app/bestaat-niet", "h1"),
        })
        {
            StaffApp.Go(driver, b, path, ready);
            StaffApp.AssertAccessible(driver, path);
        }

        StaffApp.AssertSameOrigin(driver);
    }
}
