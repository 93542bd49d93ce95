using System.Text.Json;
using OpenQA.Selenium.Chrome;

namespace Participatie.Host.Tests.Security;

/// <summary>
/// Records every Content-Security-Policy violation a page reports (the <c>securitypolicyviolation</c> event) into the
/// tab's sessionStorage, from before the page's own scripts run, so it survives navigations on the same origin.
/// </summary>
internal static class CspViolations
{
    private const string Recorder = """
        document.addEventListener('securitypolicyviolation', e => {
          try {
            const list = JSON.parse(sessionStorage.getItem('csp-violations') || '[]');
            list.push(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample || ''}`);
            sessionStorage.setItem('csp-violations', JSON.stringify(list));
          } catch (_) { }
        }, true);
        """;

    public static void Record(ChromeDriver driver) =>
        driver.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new Dictionary<string, object?> { ["source"] = Recorder });

    public static void AssertNone(ChromeDriver driver)
    {
        var violations = Read(driver);
        Assert.True(violations.Count == 0, $"Content-Security-Policy violations:\n{string.Join('\n', violations)}");
    }

    public static IReadOnlyList<string> Read(ChromeDriver driver) =>
        JsonSerializer.Deserialize<List<string>>(driver.ExecuteScript("return sessionStorage.getItem('csp-violations') || '[]';") as string ?? "[]") ?? [];
}
