using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Participatie.Host.BrowserTests.Infrastructure;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.BrowserTests.Staff;

/// <summary>Steps shared by the staff application's browser tests: signing in, React-friendly form input, axe-core.</summary>
internal static class StaffApp
{
    public const string Password = "participatie-demo";

    private static readonly string AxeScript = File.ReadAllText(
        Path.Combine(RepositoryPaths.Root, "src", "Host", "ClientApp", "node_modules", "axe-core", "axe.min.js"));

    /// <summary>Opens <paramref name="path"/>, which sends the browser to the login form; signs in and waits until it is back.</summary>
    public static void SignIn(ChromeDriver driver, Uri host, string user, string path = "/app/taken")
    {
        driver.Navigate().GoToUrl(new Uri(host, path));
        Chromium.WaitFor(driver, d => d.Url.Contains("/login", StringComparison.Ordinal), "the login form");
        driver.FindElement(By.Id("username")).SendKeys(user);
        driver.FindElement(By.Id("password")).SendKeys(Password);
        driver.FindElement(By.CssSelector("#login button[type=submit]")).Click();
        Chromium.WaitFor(driver, d => new Uri(d.Url).AbsolutePath == path, $"the way back to {path}");
    }

    public static void Go(ChromeDriver driver, Uri host, string path, string readySelector)
    {
        driver.Navigate().GoToUrl(new Uri(host, path));
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(readySelector)).Count > 0, $"{readySelector} on {path}");
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".laden")).Count == 0, $"{path} to finish loading");
    }

    public static IWebElement WaitForElement(ChromeDriver driver, string css, string what, int seconds = 30) =>
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed), what, seconds);

    /// <summary>Waits until an element is in the page, visible or not (canvas nodes outside the viewport count as hidden to WebDriver).</summary>
    public static IWebElement WaitForPresent(ChromeDriver driver, string css, string what, int seconds = 30) =>
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(css)).FirstOrDefault(), what, seconds);

    /// <summary>Chooses an option of a React-controlled select (native setter plus a change event).</summary>
    public static void Select(ChromeDriver driver, IWebElement select, string value) =>
        driver.ExecuteScript(
            "const s = arguments[0]; Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(s, arguments[1]);" +
            "s.dispatchEvent(new Event('change', { bubbles: true }));", select, value);

    /// <summary>Replaces the text of an input or textarea by typing, so React sees every keystroke.</summary>
    public static void Type(IWebElement field, string text)
    {
        field.SendKeys(Keys.Control + "a");
        field.SendKeys(Keys.Delete);
        field.SendKeys(text);
    }

    public static void Click(ChromeDriver driver, IWebElement element) => driver.ExecuteScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);

    /// <summary>Runs axe-core on the current page and returns the serious and critical violations, one line each.</summary>
    public static IReadOnlyList<string> SeriousAxeViolations(ChromeDriver driver)
    {
        driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
        if (driver.ExecuteScript("return typeof window.axe === 'undefined';") is true)
        {
            driver.ExecuteScript(AxeScript);
        }

        var json = driver.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then(r => done(JSON.stringify(r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} [${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}]`))))
              .catch(e => done(JSON.stringify(['axe failed: ' + e])));
            """) as string ?? "[\"axe returned nothing\"]";
        return JsonSerializer.Deserialize<List<string>>(json) ?? [];
    }

    public static void AssertAccessible(ChromeDriver driver, string page)
    {
        var violations = SeriousAxeViolations(driver);
        Assert.True(violations.Count == 0, $"axe-core on {page}:\n{string.Join('\n', violations)}");
        var unreachable = UnreachableScrollRegions(driver);
        Assert.True(unreachable.Count == 0, $"Scrolling regions on {page} without tabindex=0 and a label:\n{string.Join('\n', unreachable)}");
    }

    /// <summary>
    /// Elements that scroll now (overflow auto/scroll and content larger than the box) but that a keyboard user cannot
    /// Tab to, or that have no name. Stricter than axe's scrollable-region-focusable, which also accepts a region with
    /// any focusable element inside; form fields and a code editor (contenteditable) inside its own scroller are focusable themselves.
    /// </summary>
    public static IReadOnlyList<string> UnreachableScrollRegions(ChromeDriver driver)
    {
        var json = driver.ExecuteScript("""
            const out = [];
            for (const el of document.querySelectorAll('body *')) {
              const st = getComputedStyle(el);
              const scrollsX = /(auto|scroll)/.test(st.overflowX) && el.scrollWidth > el.clientWidth + 1;
              const scrollsY = /(auto|scroll)/.test(st.overflowY) && el.scrollHeight > el.clientHeight + 1;
              if (!(scrollsX || scrollsY) || el.getClientRects().length === 0) continue;
              if (el.matches('textarea, select, input') || el.querySelector('[contenteditable=true]')) continue;
              const named = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
              if (el.tabIndex < 0 || el.getAttribute('tabindex') === null || !named)
                out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''));
            }
            return JSON.stringify(out);
            """) as string ?? "[]";
        return JsonSerializer.Deserialize<List<string>>(json) ?? [];
    }

    /// <summary>Nothing the page loaded may come from another origin (no CDN).</summary>
    public static void AssertSameOrigin(ChromeDriver driver)
    {
        var external = driver.ExecuteScript(
            "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(location.origin)).join(' ');");
        Assert.Equal("", external as string);
    }
}
