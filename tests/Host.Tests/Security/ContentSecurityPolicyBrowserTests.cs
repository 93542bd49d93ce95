using OpenQA.Selenium;
using Participatie.Host.Tests.Browser;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Security;

/// <summary>
/// The pages work under their Content-Security-Policy in Chromium, and the browser reports no violation on any of them:
/// the staff application (including the workflow designer and the CodeMirror rule editors), the reports, the login form,
/// and the residents' chat with Web Chat's run-time styles.
/// </summary>
public sealed class ContentSecurityPolicyBrowserTests
{
    [Fact]
    public async Task StaffPagesAndReports_RunWithoutAnyCspViolation()
    {
        await using var host = await RunningHost.StartAsync();
        var b = host.BaseAddress;
        using var driver = Chromium.Start();
        CspViolations.Record(driver);

        StaffApp.SignIn(driver, b, "beheer", "/app/taken");
        StaffApp.WaitForElement(driver, "table tbody tr a", "the inbox");
        StaffApp.Click(driver, driver.FindElement(By.CssSelector("table tbody tr a")));
        StaffApp.WaitForElement(driver, "#kop-geschiedenis", "a task's history");
        foreach (var (path, ready) in new[]
        {
            ("/app/initiatieven", "table tbody tr a"), ("/app/buurten", ".buurtentabel tbody tr"), ("/app/programma", ".fasen li"),
            ("/app/workflows", ".workflowlijst tbody tr"), ("/app/workflows/initiatief-routering", ".react-flow__node"),
            ("/app/workflows/programma-doe-democratie/instanties", ".instanties-lijst"),
            ("/app/regels", "tr[data-regelset='buurtselectie'] a"), ("/app/regels/buurtselectie", ".cm-content"),
        })
        {
            StaffApp.Go(driver, b, path, ready);
        }

        // CodeMirror's own styles reached the page (a blocked style sheet would leave the editor unstyled).
        CspViolations.AssertNone(driver);
        Assert.Equal("flex", driver.FindElement(By.CssSelector(".cm-editor")).GetCssValue("display"));

        foreach (var path in new[] { "/rapporten/analyse", "/rapporten/selectie", "/", "/login" })
        {
            driver.Navigate().GoToUrl(new Uri(b, path));
            Chromium.WaitFor(driver, d => d.FindElement(By.TagName("h1")).Text.Length > 0, $"the heading of {path}");
        }

        CspViolations.AssertNone(driver);
    }

    [Fact]
    public async Task ChatPage_WebChatStyledAndTalking_WithoutAnyCspViolation()
    {
        await using var host = await RunningHost.StartAsync();
        using var driver = Chromium.Start();
        CspViolations.Record(driver);

        driver.Navigate().GoToUrl(new Uri(host.BaseAddress, "/chat"));
        Chromium.WaitFor(driver, d => d.FindElement(By.TagName("body")).Text.Contains("Welkom", StringComparison.Ordinal), "the welcome");
        var sendBox = Chromium.WaitFor(driver, d => d.FindElement(By.CssSelector("[data-id='webchat-sendbox-input'], .webchat__send-box-text-box__input")), "the send box");
        var botBubbles = driver.FindElements(By.CssSelector(".webchat__bubble:not(.webchat__bubble--from-user)")).Count;
        sendBox.SendKeys("help");
        sendBox.SendKeys(Keys.Enter);
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".webchat__bubble:not(.webchat__bubble--from-user)")).Count > botBubbles, "the bot's answer");

        // Web Chat's emotion styles were admitted: its <style> elements carry the nonce and its classes take effect.
        var styled = (long)((IJavaScriptExecutor)driver).ExecuteScript(
            "return [...document.querySelectorAll('style')].filter(s => s.nonce && s.sheet && s.sheet.cssRules.length > 0).length;")!;
        CspViolations.AssertNone(driver);
        Assert.True(styled > 0, "Web Chat's style elements are in effect");
        Assert.Equal("flex", driver.FindElement(By.CssSelector(".webchat__basic-transcript, .webchat__send-box__main")).GetCssValue("display"));
        CspViolations.AssertNone(driver);
    }
}
