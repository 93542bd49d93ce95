using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Participatie.Host.BrowserTests.Infrastructure;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.BrowserTests.Staff;

/// <summary>
/// An official makes a new workflow from a template, builds on it by dragging from the palette (in Dutch), connects,
/// publishes, starts an instance and follows it in the instance viewer; deleting it while it runs is refused.
/// </summary>
public sealed class NieuweWorkflowBrowserTests
{
    [Fact]
    public async Task NewWorkflow_FromTemplate_DragConnectPublishStart_InstanceViewerShowsIt()
    {
        await using var host = await RunningHost.StartAsync();
        using var driver = Chromium.Start();
        var b = host.BaseAddress;

        // 'Nieuwe workflow' from the template; it opens in the designer as a draft.
        StaffApp.SignIn(driver, b, "afdeling", "/app/workflows");
        StaffApp.WaitForElement(driver, ".workflowlijst tbody tr", "the workflows");
        StaffApp.Click(driver, driver.FindElements(By.CssSelector(".knoppenrij button")).First(e => e.Text == "Nieuwe workflow"));
        StaffApp.Type(StaffApp.WaitForElement(driver, "#nw-naam", "the name field"), "Subsidie buurtfeest");
        StaffApp.Type(driver.FindElement(By.Id("nw-omschrijving")), "Aanvragen voor een buurtfeest in de zomer.");
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector("#nw-sjabloon option")).Count >= 2, "the templates");
        StaffApp.Select(driver, driver.FindElement(By.Id("nw-sjabloon")), "aanvraag-met-beoordeling-en-besluit");
        StaffApp.AssertAccessible(driver, "/app/workflows with the new-workflow form");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("form.nieuwe-workflow button[type=submit]")));
        Chromium.WaitFor(driver, d => new Uri(d.Url).AbsolutePath == "/app/workflows/subsidie-buurtfeest", "the designer of the new workflow");
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".react-flow__node")).Count == 4, "the template's four steps");
        Assert.Equal("Subsidie buurtfeest", driver.FindElement(By.TagName("h1")).Text);
        Assert.Equal("Concept", driver.FindElement(By.CssSelector(".werkbalk__status")).Text);

        // The palette and the nodes speak Dutch; the type names stay Elsa's.
        var groepen = driver.FindElements(By.CssSelector(".palet__groep summary")).Select(s => s.Text).ToList();
        Assert.Contains(groepen, g => g.StartsWith("Vertakken", StringComparison.Ordinal));
        Assert.DoesNotContain(groepen, g => g.StartsWith("Branching", StringComparison.Ordinal) || g.StartsWith("Primitives", StringComparison.Ordinal));
        Assert.Equal("Bericht aan de bewoner", driver.FindElement(By.CssSelector(".palet__item[data-type-name='Participatie.NotifyResident']")).GetAttribute("textContent"));
        Assert.Equal("Taken · Taak voor een medewerker", driver.FindElement(By.CssSelector(".react-flow__node[data-id='besluit'] .activiteit__type")).GetAttribute("textContent"));
        var nodeCount = 4;

        // Drag a HumanTask and a NotifyResident from the palette onto the canvas (HTML5 drag and drop, as a mouse does it):
        // to the right of the template's column and to its left, clear of the minimap and the zoom buttons.
        var taak = DragFromPalette(driver, "Participatie.HumanTask", 0.72, 0.25, ++nodeCount);
        var bericht = DragFromPalette(driver, "Participatie.NotifyResident", 0.02, 0.5, ++nodeCount);

        // Not yet connected: the server's check says so, in Dutch.
        StaffApp.Click(driver, driver.FindElements(By.CssSelector(".tabs button")).First(e => e.Text.StartsWith("Controle", StringComparison.Ordinal)));
        var controle = Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".foutenlijst")).FirstOrDefault(e => e.Text.Contains(taak, StringComparison.Ordinal) || e.Text.Contains("HumanTask1", StringComparison.Ordinal))?.Text, "the unreachable steps in the check");
        Assert.Contains("Deze activiteit is niet bereikbaar vanaf de startactiviteit 'start'.", controle, StringComparison.Ordinal);

        // The task: title, role and its outcome.
        SelectNode(driver, taak);
        Assert.Contains("Titel van de taak", driver.FindElement(By.CssSelector($"[data-panel-activity='{taak}']")).Text, StringComparison.Ordinal);
        StaffApp.Type(driver.FindElement(By.Id($"invoer-{taak}-titel")), "Feest voorbereiden");
        StaffApp.Type(driver.FindElement(By.Id($"invoer-{taak}-rol")), "afdeling");
        StaffApp.Select(driver, driver.FindElement(By.Id($"invoer-{taak}-uitkomsten-soort")), "Object");
        StaffApp.Type(driver.FindElement(By.Id($"invoer-{taak}-uitkomsten")), "[\"klaar\"]");
        StaffApp.WaitForPresent(driver, $".react-flow__node[data-id='{taak}'] .poort__handle[data-handleid='klaar']", "the task's outcome as a port");

        // The message.
        SelectNode(driver, bericht);
        StaffApp.Type(driver.FindElement(By.Id($"invoer-{bericht}-bericht")), "Uw buurtfeest wordt voorbereid.");

        // Connect in the property panel: Besluit 'toegekend' → the task, the task 'klaar' → the message. (Dragging a port
        // with WebDriver's pointer failed now and then on this machine, "move target out of bounds", so the test uses
        // the panel, which keyboard users use too.)
        Verbind(driver, "besluit", "toegekend", taak);
        Verbind(driver, taak, "klaar", bericht);
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".react-flow__edge")).Count == 7, "the two new connections");
        Assert.NotEmpty(driver.FindElements(By.CssSelector($".react-flow__edge[data-id^='e-besluit-toegekend-{taak}']")));
        Assert.NotEmpty(driver.FindElements(By.CssSelector($".react-flow__edge[data-id^='e-{taak}-klaar-{bericht}']")));
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".react-flow__node .activiteit__fouten")).Count == 0, "no errors left on the canvas");
        StaffApp.AssertAccessible(driver, "the designer of the new workflow");

        // Publish (the same checks as always) and start an instance.
        StaffApp.Click(driver, driver.FindElements(By.CssSelector(".werkbalk button")).First(e => e.Text == "Publiceren"));
        var gepubliceerd = Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".utrecht-alert")).FirstOrDefault(e => e.Text.Contains("is gepubliceerd", StringComparison.Ordinal))?.Text, "the publish confirmation");
        Assert.StartsWith("Versie 1 ", gepubliceerd, StringComparison.Ordinal);
        StaffApp.Click(driver, driver.FindElements(By.CssSelector(".werkbalk a")).First(e => e.Text == "Instanties"));
        StaffApp.Click(driver, StaffApp.WaitForElement(driver, ".start-instantie summary", "the start form"));
        StaffApp.Type(driver.FindElement(By.Id("start-invoer")), "{}");
        StaffApp.Type(driver.FindElement(By.Id("start-correlatie")), "buurtfeest-1");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector(".start-instantie button[type=submit]")));

        // The viewer draws the published version with the new steps; the instance waits at the first task.
        StaffApp.WaitForPresent(driver, ".instantie .react-flow__node[data-id='beoordeling'] .activiteit--wacht", "the instance waiting at Beoordeling");
        Assert.NotEmpty(driver.FindElements(By.CssSelector($".instantie .react-flow__node[data-id='{taak}']")));
        Assert.NotEmpty(driver.FindElements(By.CssSelector($".instantie .react-flow__node[data-id='{bericht}']")));
        Assert.NotEmpty(driver.FindElements(By.CssSelector(".instantie .react-flow__node[data-id='start'] .activiteit--bezocht")));
        Assert.Contains("Versie 1", driver.FindElement(By.CssSelector(".instantie")).Text, StringComparison.Ordinal);
        StaffApp.AssertAccessible(driver, "the instance viewer of the new workflow");

        // Deleting it while the instance runs is refused with the server's reason.
        StaffApp.Go(driver, b, "/app/workflows", "tr[data-definitie='subsidie-buurtfeest']");
        StaffApp.Click(driver, driver.FindElements(By.CssSelector("tr[data-definitie='subsidie-buurtfeest'] button")).First(e => e.Text.StartsWith("Verwijderen", StringComparison.Ordinal)));
        StaffApp.Click(driver, StaffApp.WaitForElement(driver, "tr[data-definitie='subsidie-buurtfeest'] .bevestig button", "the confirmation"));
        var geweigerd = Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".utrecht-alert--error")).FirstOrDefault()?.Text, "the refusal");
        Assert.Contains("kan niet worden verwijderd: er 1 instantie loopt nog", geweigerd, StringComparison.Ordinal);
        Assert.NotEmpty(driver.FindElements(By.CssSelector("tr[data-definitie='subsidie-buurtfeest']")));
        StaffApp.AssertSameOrigin(driver);
    }

    /// <summary>
    /// Drags a palette entry onto the canvas at a fraction of its size. WebDriver cannot drive native HTML5 drag and
    /// drop, so the events a mouse drag fires are dispatched with one DataTransfer, through the app's own handlers.
    /// </summary>
    private static string DragFromPalette(ChromeDriver driver, string typeName, double fx, double fy, int expectedNodes)
    {
        var before = driver.FindElements(By.CssSelector(".react-flow__node")).Select(n => n.GetAttribute("data-id")).ToHashSet();
        driver.ExecuteScript("""
            const [item, fx, fy] = arguments;
            const canvas = document.querySelector('.canvas .react-flow__pane') ?? document.querySelector('.canvas');
            const r = canvas.getBoundingClientRect();
            const x = r.left + r.width * fx, y = r.top + r.height * fy;
            const dt = new DataTransfer();
            item.dispatchEvent(new DragEvent('dragstart', { bubbles: true, cancelable: true, dataTransfer: dt }));
            canvas.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: dt, clientX: x, clientY: y }));
            canvas.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt, clientX: x, clientY: y }));
            canvas.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt, clientX: x, clientY: y }));
            item.dispatchEvent(new DragEvent('dragend', { bubbles: true, cancelable: true, dataTransfer: dt }));
            """, driver.FindElement(By.CssSelector($".palet__item[data-type-name='{typeName}']")), fx, fy);
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".react-flow__node")).Count == expectedNodes, $"the dropped {typeName}");
        return driver.FindElements(By.CssSelector(".react-flow__node")).Select(n => n.GetAttribute("data-id")!).Single(id => !before.Contains(id));
    }

    private static void Verbind(ChromeDriver driver, string source, string port, string target)
    {
        SelectNode(driver, source);
        StaffApp.Select(driver, driver.FindElement(By.Id("verbind-poort")), port);
        StaffApp.Select(driver, driver.FindElement(By.Id("verbind-doel")), target);
        StaffApp.Click(driver, driver.FindElements(By.CssSelector($"[data-panel-activity='{source}'] button")).First(e => e.Text == "Verbinden"));
    }

    private static void SelectNode(ChromeDriver driver, string id)
    {
        var node = driver.FindElement(By.CssSelector($".react-flow__node[data-id='{id}']"));
        driver.ExecuteScript("arguments[0].focus();", node);
        node.SendKeys(Keys.Enter);
        StaffApp.WaitForElement(driver, $"[data-panel-activity='{id}']", $"the properties of {id}");
    }
}
