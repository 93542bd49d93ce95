using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.BrowserTests.Infrastructure;

/// <summary>Headless Debian Chromium through chromedriver (both installed by test.sh), with flags that work as root on a closed network.</summary>
public static class Chromium
{
    public const string Binary = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    public static ChromeDriver Start(string? userDataDirectory = null)
    {
        if (!File.Exists(Binary) || !File.Exists(Driver))
        {
            throw new InvalidOperationException($"{Binary} and {Driver} are needed: ./test.sh installs them (apt packages chromium and chromium-driver).");
        }

        var options = new ChromeOptions { BinaryLocation = Binary };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=nl-NL", "--accept-lang=nl-NL,nl",
            $"--user-data-dir={userDataDirectory ?? Directory.CreateTempSubdirectory("chromium").FullName}");
        options.AddUserProfilePreference("intl.accept_languages", "nl-NL,nl");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().ImplicitWait = TimeSpan.Zero;
        return driver;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, then returns its value; fails with the page text after the timeout.</summary>
    public static T WaitFor<T>(IWebDriver driver, Func<IWebDriver, T?> condition, string what, int seconds = 30)
    {
        // Waiting is measured on a stopwatch, not the wall clock: the suite also runs under faketime.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            try
            {
                var value = condition(driver);
                if (value is not null && !(value is bool b && !b))
                {
                    return value;
                }
            }
            catch (WebDriverException)
            {
                // Element not there (yet) or stale: try again.
            }

            Thread.Sleep(200);
        }

        var body = driver.FindElement(By.TagName("body")).Text;
        throw new TimeoutException($"Waited {seconds}s for {what}. Page text:\n{body}");
    }
}
