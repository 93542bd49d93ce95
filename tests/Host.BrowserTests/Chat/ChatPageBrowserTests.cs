using OpenQA.Selenium;
using Participatie.Host.BrowserTests.Infrastructure;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.BrowserTests.Chat;

/// <summary>The /chat page in headless Chromium: the official Web Chat, served from our own origin, talking to our Direct Line.</summary>
public sealed class ChatPageBrowserTests
{
    [Fact]
    public async Task ChatPage_TypeAndClickSuggestedAction_BotAnswers()
    {
        await using var host = await RunningHost.StartAsync();
        using var driver = Chromium.Start();

        driver.Navigate().GoToUrl(new Uri(host.BaseAddress, "/chat"));
        Chromium.WaitFor(driver, d => d.FindElement(By.TagName("body")).Text.Contains("Welkom", StringComparison.Ordinal), "the welcome");
        Assert.Equal("Uw idee voor de buurt", driver.FindElement(By.TagName("h1")).Text);
        Assert.Single(driver.FindElements(By.TagName("main")));

        var sendBox = Chromium.WaitFor(driver, d => d.FindElement(By.CssSelector("[data-id='webchat-sendbox-input'], .webchat__send-box-text-box__input")), "the send box");
        // Count the bot's bubbles before sending: its answer can arrive before the echo of my message is drawn.
        var botBubbles = driver.FindElements(By.CssSelector(".webchat__bubble:not(.webchat__bubble--from-user)")).Count;
        sendBox.SendKeys("help");
        sendBox.SendKeys(Keys.Enter);
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".webchat__bubble--from-user")).Any(e => e.Text.Contains("help", StringComparison.Ordinal)), "my message in the transcript");
        Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector(".webchat__bubble:not(.webchat__bubble--from-user)")).Count > botBubbles, "the bot's answer to help");

        var start = Chromium.WaitFor(driver, d => d.FindElements(By.CssSelector("button")).FirstOrDefault(b => b.Text.Trim() == "Initiatief starten"), "the suggested action 'Initiatief starten'");
        start.Click();
        Chromium.WaitFor(driver, d => d.FindElement(By.TagName("body")).Text.Contains("Wat is uw idee", StringComparison.Ordinal), "the intake's first question");

        // A resident who gives the details at once sees in one message what the bot understood, and is asked only the rest.
        sendBox = driver.FindElement(By.CssSelector("[data-id='webchat-sendbox-input'], .webchat__send-box-text-box__input"));
        sendBox.SendKeys("een straatfeest in de Vogelbuurt met 15 buren, het kost 700 euro en we zoeken geld");
        sendBox.SendKeys(Keys.Enter);
        Chromium.WaitFor(driver, d => d.FindElement(By.TagName("body")).Text.Contains("Dit heb ik uit uw bericht begrepen", StringComparison.Ordinal), "the summary of what was understood");
        var samenvatting = driver.FindElement(By.TagName("body")).Text;
        Assert.Contains("Titel: Straatfeest Vogelbuurt", samenvatting, StringComparison.Ordinal);
        Assert.Contains("Aantal buurtbewoners: 15", samenvatting, StringComparison.Ordinal);
        Assert.Contains("Begroting: € 700", samenvatting, StringComparison.Ordinal);
        Chromium.WaitFor(driver, d => d.FindElement(By.TagName("body")).Text.Contains("Voor wie", StringComparison.Ordinal), "the next missing question");

        // Nothing the page shows may come from another origin.
        var external = ((IJavaScriptExecutor)driver).ExecuteScript(
            "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(location.origin) && !n.startsWith('ws')).join(' ');");
        Assert.Equal("", external as string);
    }
}
