using System.Globalization;
using System.Net;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven by Debian's ChromeDriver. Both are named explicitly, so Selenium Manager
/// never looks for (or downloads) a browser or driver; a missing one fails the test with what to install, since
/// a browser test that quietly does not run proves nothing.
/// </summary>
internal sealed class Browser : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DriverDirectory = "/usr/bin";
    public const string DriverName = "chromedriver";
    public const int Width = 1280;
    public const int Height = 1024;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly ChromeDriver _driver;
    private Uri _base;
    private string _scenario = "browser";
    private int _shot;

    private readonly Func<string> _serverProblems;

    private Browser(ChromeDriver driver, Uri baseAddress, Func<string> serverProblems)
    {
        _driver = driver;
        _base = baseAddress;
        _serverProblems = serverProblems;
    }

    /// <summary>Where screenshots go: .test-results/screenshots/ under the repository, which CI keeps.</summary>
    public static string ScreenshotDirectory => Path.Combine(TestPaths.RepositoryRoot, ".test-results", "screenshots");

    public IWebDriver Driver => _driver;

    /// <summary>The path of the page shown, e.g. /sites/kawasaki.</summary>
    public string PathShown => new Uri(_driver.Url).AbsolutePath;

    /// <summary>The page's language, from &lt;html lang&gt;.</summary>
    public string Language => _driver.FindElement(By.TagName("html")).GetAttribute("lang") ?? "";

    /// <param name="baseAddress">The server.</param>
    /// <param name="serverProblems">What the server logged recently, added to the message of a failed step.</param>
    public static Browser Open(Uri baseAddress, Func<string> serverProblems)
    {
        var driverPath = Path.Combine(DriverDirectory, DriverName);
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing ({ChromiumPath}): apt-get install -y chromium chromium-driver fonts-noto-cjk");
        Assert.True(File.Exists(driverPath), $"ChromeDriver is missing ({driverPath}): apt-get install -y chromium-driver");

        var service = ChromeDriverService.CreateDefaultService(DriverDirectory, DriverName);
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless=new",
            "--no-sandbox",                 // CI runs as root
            "--disable-dev-shm-usage",      // containers have a small /dev/shm
            $"--window-size={Width},{Height}",
            "--lang=ja",                    // Japanese first, as the guideline's users read it
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-sync",
            "--disable-background-networking",
            "--disable-component-update");
        options.AddUserProfilePreference("intl.accept_languages", "ja");
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        // The server answers /favicon.ico (which it has not) with its login page, which sets a fresh
        // anti-forgery cookie when the request had none: racing a page's own cookie after the jar is cleared,
        // it made sign-in fail now and then ("cookie token and request token do not match"). No icon, no race.
        driver.ExecuteCdpCommand("Network.enable", []);
        driver.ExecuteCdpCommand("Network.setBlockedURLs", new() { ["urls"] = new[] { "*/favicon.ico" } });
        return new Browser(driver, baseAddress, serverProblems);
    }

    /// <summary>Starts a scenario: a clean cookie jar (signed out, default language) and numbered screenshots.</summary>
    public void Begin(string scenario)
    {
        _scenario = scenario;
        _shot = 0;
        Directory.CreateDirectory(ScreenshotDirectory);
        foreach (var old in Directory.GetFiles(ScreenshotDirectory, scenario + "-*.png"))
        {
            File.Delete(old);
        }

        // Leave the previous page first, so nothing it still loads can set a cookie after the jar is emptied.
        _driver.Navigate().GoToUrl("about:blank");
        _driver.ExecuteCdpCommand("Network.clearBrowserCookies", []);
    }

    /// <summary>
    /// One step of a scenario: its assertions run, then the page is saved as
    /// .test-results/screenshots/{scenario}-{nn}-{step}.png; a failing step is saved with "-failed" and named.
    /// </summary>
    public void Step(string name, Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            Screenshot(name + "-failed");
            throw new StepFailedException($"Step '{name}' of '{_scenario}' failed on {_driver.Url}: {ex.Message}{_serverProblems()}", ex);
        }

        Screenshot(name);
    }

    public async Task StepAsync(string name, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex)
        {
            Screenshot(name + "-failed");
            throw new StepFailedException($"Step '{name}' of '{_scenario}' failed on {_driver.Url}: {ex.Message}{_serverProblems()}", ex);
        }

        Screenshot(name);
    }

    public void Go(string path) => _driver.Navigate().GoToUrl(new Uri(_base, path));

    /// <summary>
    /// The host the next pages are asked at, the port kept: <c>localhost</c> where WebAuthn needs a domain name (it
    /// refuses an address such as 127.0.0.1). Cookies belong to a host, so this is a new, signed-out browser.
    /// </summary>
    public void UseHost(string host) => _base = new UriBuilder(_base) { Host = host }.Uri;

    public IWebElement Find(string css) => _driver.FindElement(By.CssSelector(css));

    public IReadOnlyList<IWebElement> FindAll(string css) => _driver.FindElements(By.CssSelector(css));

    public bool Exists(string css) => _driver.FindElements(By.CssSelector(css)).Count > 0;

    public string Text(string css) => Find(css).Text.Trim();

    public void Type(string css, string text)
    {
        var input = Find(css);
        input.Clear();
        input.SendKeys(text);
    }

    /// <summary>Clicks what submits a form or follows a link, and waits until the next page has loaded.</summary>
    public void ClickAndWait(string css)
    {
        var old = _driver.FindElement(By.TagName("html"));
        Find(css).Click();
        Until(_ => IsStale(old) && Equals(_driver.ExecuteScript("return document.readyState"), "complete"));
    }

    /// <summary>Waits until the page shows the path.</summary>
    public void ExpectPath(string path)
    {
        try
        {
            Until(_ => PathShown == path);
        }
        catch (WebDriverTimeoutException)
        {
            Assert.Equal(path, PathShown);
        }
    }

    public T Until<T>(Func<IWebDriver, T> condition) =>
        new WebDriverWait(_driver, Patience) { PollingInterval = TimeSpan.FromMilliseconds(50) }.Until(condition);

    /// <summary>
    /// Sets one field of a form by its name, as a user would: text typed into inputs, an option chosen in a
    /// select (by value, else by its text), a checkbox ticked or cleared ("true"/"false").
    /// </summary>
    public void Fill(string form, string name, string value)
    {
        var fields = _driver.FindElements(By.CssSelector($"{form} [name='{name}']"));
        Assert.True(fields.Count > 0, $"The form {form} has no field named '{name}'.");
        var field = fields.FirstOrDefault(f => f.GetAttribute("type") != "hidden") ?? fields[0];
        switch (field.TagName.ToLowerInvariant(), field.GetAttribute("type"))
        {
            case ("select", _):
                // One lookup by value (a select of every asset kind is long); the option texts only when that fails.
                var option = field.FindElements(By.CssSelector($"option[value='{value}']")).FirstOrDefault();
                if (option is null)
                {
                    var options = field.FindElements(By.TagName("option"));
                    option = options.FirstOrDefault(o => o.Text.Trim() == value);
                    Assert.True(option is not null, $"The select '{name}' has no option '{value}' (it has: {string.Join(", ", options.Select(o => o.GetAttribute("value")))}).");
                }

                option.Click();
                break;
            case ("input", "checkbox"):
                if (field.Selected != bool.Parse(value))
                {
                    field.Click();
                }

                break;
            default:
                field.Clear();
                field.SendKeys(value);
                break;
        }
    }

    /// <summary>An HTTP client that carries the browser's cookies: for what a browser downloads rather than shows.</summary>
    public HttpClient HttpClientWithCookies()
    {
        var jar = new CookieContainer();
        foreach (var cookie in _driver.Manage().Cookies.AllCookies)
        {
            jar.Add(_base, new System.Net.Cookie(cookie.Name, cookie.Value, "/"));
        }

        return new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = _base };
    }

    /// <summary>Saves the whole page (not only the window) as a PNG.</summary>
    public void Screenshot(string step)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var file = Path.Combine(ScreenshotDirectory, string.Create(CultureInfo.InvariantCulture, $"{_scenario}-{++_shot:00}-{step}.png"));
        try
        {
            var height = Convert.ToInt64(_driver.ExecuteScript("return Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0)"), CultureInfo.InvariantCulture);
            var clip = new Dictionary<string, object> { ["x"] = 0, ["y"] = 0, ["width"] = Width, ["height"] = Math.Clamp(height, 200, 8000), ["scale"] = 1 };
            var result = _driver.ExecuteCdpCommand("Page.captureScreenshot", new() { ["format"] = "png", ["captureBeyondViewport"] = true, ["clip"] = clip });
            if (result is IDictionary<string, object> { } answer && answer.TryGetValue("data", out var data) && data is string base64)
            {
                File.WriteAllBytes(file, Convert.FromBase64String(base64));
                return;
            }
        }
        catch (WebDriverException)
        {
            // Fall back to the window's view below.
        }

        _driver.GetScreenshot().SaveAsFile(file);
    }

    public void Dispose() => _driver.Quit();

    private static bool IsStale(IWebElement element)
    {
        try
        {
            _ = element.Enabled;
            return false;
        }
        catch (StaleElementReferenceException)
        {
            return true;
        }
        catch (WebDriverException ex) when (ex.Message.Contains("does not belong to the document", StringComparison.Ordinal))
        {
            // What ChromeDriver answers instead, now and then, when asked about a node while the next page replaces
            // its document: the element is gone all the same.
            return true;
        }
    }
}

/// <summary>A scenario step that failed, named, with the page's address; the screenshot shows what the page showed.</summary>
internal sealed class StepFailedException(string message, Exception inner) : Exception(message, inner);
