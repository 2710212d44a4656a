using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FactoryCps.Tests.Browser.Axe;
using FactoryCps.Tests.Web;
using FactoryCps.Web.Suppliers.Portal;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// Every page a security lead, an administrator and a supplier reach, in Japanese and in English, checked by axe-core
/// in Chromium (issue 16: no serious or critical WCAG 2.1 A/AA violation) and saved as a full-page screenshot
/// (.test-results/screenshots/a11y-{ja|en}-{nn}-{path}.png). The pages are found by following links from a few
/// starts, as <see cref="ModelVocabularyPageTests"/> does over HTTP, so a new page is checked without being named here.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccessibilityBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Site = $"/sites/{BrowserHost.DemoSite}";

    /// <summary>The pages outside the site a security lead opens; the rest is found through links.</summary>
    private static readonly string[] Starts =
    [
        "/", Site, "/advisories", "/glossary", "/account/tokens", "/account/password", "/account/two-factor",
        "/account/sessions", "/account/passkeys",
    ];

    /// <summary>What only an administrator sees more of: the site list's new-site form and the members' resets.</summary>
    private static readonly string[] AdministratorStarts = ["/", $"{Site}/members"];

    private Browser Browser => fixture.Browser;

    [Fact]
    public async Task Every_page_in_japanese_and_english_has_no_serious_or_critical_axe_violation()
    {
        // A supplier, a supplied item and a questionnaire, so that their pages are linked from the supplier list.
        var (questionnaire, _) = await SupplyTestData.IssueAsync(fixture.Host.Services, BrowserHost.DemoSite);
        Browser.Driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
        var found = new StringBuilder();
        var pages = 0;
        (string Login, string Password)? account = null;
        foreach (var language in new[] { "ja", "en" })
        {
            var crawl = new Crawl(this, language, RouteCaps.From(fixture.Host.Services), found);
            Browser.Begin($"a11y-{language}");

            crawl.Visit("/login");
            crawl.Visit("/portal/login");

            fixture.SignIn(BrowserFixture.Lead);
            if (language == "ja")
            {
                ReportCase(); // the demo has none, and a case's page is the OODA flow's
            }

            crawl.Follow(Starts, href => href.StartsWith(Site, StringComparison.Ordinal) || Starts.Contains(href.Split('?')[0]));

            fixture.SignInAs(BrowserFixture.Administrator);
            crawl.Follow(AdministratorStarts, _ => false, again: true);

            fixture.SignInAs(BrowserFixture.Lead);
            Browser.ClickAndWait("form[action='/logout'] button");
            var token = await InviteAsync(questionnaire.Id);
            Browser.Go($"/portal/invite/{token}");
            crawl.Check();
            Browser.ClickAndWait("#open");
            crawl.Follow([new Uri(Browser.Driver.Url).PathAndQuery], href => href.StartsWith("/portal", StringComparison.Ordinal) && !href.StartsWith("/portal/login", StringComparison.Ordinal));

            // A supplier account's own pages (its questionnaires, password, second factor, sessions), reached by
            // signing in with the account rather than through a link.
            Browser.ClickAndWait("#leave");
            account ??= await SupplierAccountAsync(questionnaire);
            Browser.Go("/portal/login");
            Browser.Type("#login-name", account.Value.Login);
            Browser.Type("#password", account.Value.Password);
            Browser.ClickAndWait("#sign-in");
            if (Browser.PathShown == "/portal/password")
            {
                crawl.Check(); // the first sign-in asks for a password of the supplier's own
                Browser.Type("#current", account.Value.Password);
                Browser.Type("#chosen", SupplierAccountClients.ChosenPassword);
                Browser.Type("#repeated", SupplierAccountClients.ChosenPassword);
                Browser.ClickAndWait("#change-password");
                account = (account.Value.Login, SupplierAccountClients.ChosenPassword);
            }

            Browser.ExpectPath("/portal");
            var before = crawl.Pages;
            crawl.Follow(["/portal", "/portal/password", "/portal/two-factor", "/portal/sessions"], href => href.StartsWith("/portal", StringComparison.Ordinal) && !href.StartsWith("/portal/login", StringComparison.Ordinal) && !href.StartsWith("/portal/invite", StringComparison.Ordinal), again: true);
            Assert.True(crawl.Pages - before >= 4, $"the supplier account's walk checked {crawl.Pages - before} pages");
            Browser.ClickAndWait("#leave");
            pages += crawl.Pages;
        }

        Assert.True(pages > 80, $"only {pages} pages were checked: the crawl lost its way");
        Assert.True(found.Length == 0, $"serious or critical accessibility violations (axe-core {File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Browser", "Axe", "VERSION")).Trim()}):\n{found}");
    }

    /// <summary>Reports an incident with the cases page's form, so that the cases list links a case.</summary>
    private void ReportCase()
    {
        Browser.Go($"{Site}/cases");
        Browser.Fill("#report-form", "title", "倉庫の制御盤の扉が開いていた");
        Browser.Fill("#report-form", "severity", "high");
        Browser.ClickAndWait("#report-form button[type='submit']");
        Assert.False(Browser.Exists("#report-error"), Browser.Exists("#report-error") ? Browser.Text("#report-error") : "");
    }

    /// <summary>An account for the questionnaire's supplier, with its one-time password.</summary>
    private async Task<(string Login, string Password)> SupplierAccountAsync(FactoryCps.Web.Suppliers.Questionnaires.Questionnaire questionnaire)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<FactoryCps.Web.Suppliers.Accounts.SupplierAccounts>()
            .CreateAsync(questionnaire.SiteId, questionnaire.SupplierId, "a11y@maker.example", "Tanaka Jiro", SupplyTestData.Lead, TestContext.Current.CancellationToken);
        return ("a11y@maker.example", created.Password!);
    }

    /// <summary>A fresh invitation link to the questionnaire (a link opens one session).</summary>
    private async Task<string> InviteAsync(long questionnaire)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FactoryCps.Web.Data.FcpsDbContext>();
        var issued = db.Set<FactoryCps.Web.Suppliers.Questionnaires.Questionnaire>().Single(q => q.Id == questionnaire);
        var (_, token) = await scope.ServiceProvider.GetRequiredService<PortalInvitations>().CreateAsync(issued, "Sato", SupplyTestData.Lead);
        return token;
    }

    /// <summary>One language's walk: visits, checks, screenshots, and the links it finds.</summary>
    private sealed class Crawl(AccessibilityBrowserTests test, string language, RouteCaps caps, StringBuilder found)
    {
        private Browser Browser => test.Browser;

        public int Pages { get; private set; }

        /// <summary>Opens a page by its address and checks it, switching to the crawl's language first when needed.</summary>
        public void Visit(string address)
        {
            Browser.Go(address);
            if (Browser.Language != language && Browser.Exists("#switch-language"))
            {
                Browser.ClickAndWait("#switch-language");
            }

            Check();
        }

        /// <summary>Visits the starts, then every page their links lead to that <paramref name="inScope"/> admits.</summary>
        public void Follow(IEnumerable<string> starts, Func<string, bool> inScope, bool again = false)
        {
            var queue = new Queue<string>();
            foreach (var start in starts)
            {
                if (again || caps.Admit(start))
                {
                    queue.Enqueue(start);
                }
            }

            while (queue.Count > 0)
            {
                var address = queue.Dequeue();
                if (!IsPage(address))
                {
                    continue; // a download: an export, a report, a spreadsheet
                }

                Visit(address);
                foreach (var link in Links().Where(inScope).Where(caps.Admit))
                {
                    queue.Enqueue(link);
                }
            }
        }

        /// <summary>Runs axe on the page shown and saves it; what axe finds is added to the report.</summary>
        public void Check()
        {
            var path = new Uri(Browser.Driver.Url).PathAndQuery;
            Pages++;
            if (Browser.Language != language)
            {
                found.AppendLine(CultureInfo.InvariantCulture, $"{path}: the page is in '{Browser.Language}', not '{language}'");
            }

            foreach (var violation in Axe.Axe.Check(Browser.Driver))
            {
                found.AppendLine(CultureInfo.InvariantCulture, $"[{language}] {path}: {violation.Rule} ({violation.Impact}) {violation.Help}");
                foreach (var target in violation.Targets.Take(5))
                {
                    found.AppendLine(CultureInfo.InvariantCulture, $"    {target}");
                }
            }

            Browser.Screenshot(FileName(path));
        }

        /// <summary>The same site's links of the page shown, without fragments; not signing out or switching language.</summary>
        private IEnumerable<string> Links() =>
            ((IEnumerable<object>)((IJavaScriptExecutor)Browser.Driver).ExecuteScript(
                "return Array.from(document.querySelectorAll('a[href]')).map(function (a) { return a.getAttribute('href'); })")!)
            .Select(h => (string)h)
            .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
            .Select(href => href.Split('#')[0])
            .Where(href => href.Length > 0 && !href.Contains("/logout", StringComparison.Ordinal) && !href.Contains("lang=", StringComparison.Ordinal));

        /// <summary>Whether the address answers an HTML page (asked by the page itself, with its cookies), not a file to download.</summary>
        private bool IsPage(string address) =>
            ((IJavaScriptExecutor)Browser.Driver).ExecuteAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0], { credentials: 'same-origin' })" +
                ".then(function (r) { done((r.headers.get('content-type') || '').indexOf('text/html') === 0); })" +
                ".catch(function () { done(false); });",
                address) is true;

        private static string FileName(string path)
        {
            // An invitation's token is a secret, even a test's: the file is named by the page, not by the link.
            if (path.StartsWith("/portal/invite/", StringComparison.Ordinal))
            {
                return "portal-invite";
            }

            // A random public id (the portal's questionnaire) becomes a word, so that a page keeps its file from run to run.
            var name = Unsafe().Replace(RandomId().Replace(path.Trim('/'), "id"), "-").Trim('-');
            return name.Length == 0 ? "start" : name.Length > 80 ? name[..80] : name;
        }
    }

    [GeneratedRegex("[^A-Za-z0-9_.-]+")]
    private static partial Regex Unsafe();

    [GeneratedRegex("[0-9a-f]{16,}")]
    private static partial Regex RandomId();
}
