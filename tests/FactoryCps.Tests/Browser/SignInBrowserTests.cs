using System.Globalization;
using FactoryCps.Web.Resources;

namespace FactoryCps.Tests.Browser;

/// <summary>Signing in and switching the language, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private Browser Browser => fixture.Browser;

    [Fact]
    public void Wrong_password_is_refused_the_right_one_opens_the_sites_list_and_sign_out_ends_it()
    {
        Browser.Begin("login");
        Browser.Step("login-page", () =>
        {
            Browser.Go($"/sites/{BrowserHost.DemoSite}");
            Browser.ExpectPath("/login");
            Assert.Equal("ja", Browser.Language);
            Assert.Equal(Text("SignIn", Japanese), Browser.Text("h1"));
            Assert.False(Browser.Exists("#login-error"));
        });
        Browser.Step("wrong-password", () =>
        {
            Browser.Type("#email", BrowserFixture.Lead);
            Browser.Type("#password", "not-the-password");
            Browser.ClickAndWait("#sign-in");
            Browser.ExpectPath("/login");
            Assert.False(string.IsNullOrWhiteSpace(Browser.Text("#login-error")));
        });
        Browser.Step("signed-in", () =>
        {
            Browser.Type("#email", BrowserFixture.Lead);
            Browser.Type("#password", BrowserHost.Password);
            Browser.ClickAndWait("#sign-in");
            Assert.False(Browser.Exists("#login-error"));
            // Back where the user was going: the demo site's dashboard, with its risks.
            Browser.ExpectPath($"/sites/{BrowserHost.DemoSite}");
            Assert.NotEmpty(Browser.FindAll("#top-risks tbody tr"));
            Assert.Matches("^[0-9]+$", Browser.Text("#threat-count"));
        });
        Browser.Step("sites-list", () =>
        {
            Browser.Go("/");
            Assert.Contains(BrowserHost.DemoSite, Browser.Text("#sites"), StringComparison.Ordinal);
            // A security lead is no administrator: no form to create a site.
            Assert.False(Browser.Exists("#create-site"));
        });
        Browser.Step("signed-out", () =>
        {
            Browser.ClickAndWait("form[action='/logout'] button");
            Browser.ExpectPath("/login");
            Browser.Go("/");
            Browser.ExpectPath("/login"); // the session is over, not only the page
        });
    }

    [Fact]
    public void Language_switch_turns_the_pages_to_English_and_back()
    {
        Browser.Begin("language");
        fixture.SignIn(BrowserFixture.Lead);
        Browser.Step("japanese", () =>
        {
            Browser.Go("/");
            Assert.Equal("ja", Browser.Language);
            Assert.Equal("English", Browser.Text("#switch-language"));
            Assert.Equal(Text("SitesTitle", Japanese), Browser.Text("h1"));
        });
        Browser.Step("english", () =>
        {
            Browser.ClickAndWait("#switch-language");
            Browser.ExpectPath("/"); // the switch returns to the page it was made on
            Assert.Equal("en", Browser.Language);
            Assert.Equal("日本語", Browser.Text("#switch-language"));
            Assert.Equal(Text("SitesTitle", English), Browser.Text("h1"));
        });
        Browser.Step("english-kept", () =>
        {
            // The choice is remembered on the next page.
            Browser.Go($"/sites/{BrowserHost.DemoSite}");
            Assert.Equal("en", Browser.Language);
            Assert.Contains(Text("NavDashboard", English), Browser.Text("h1"), StringComparison.Ordinal);
        });
        Browser.Step("japanese-again", () =>
        {
            Browser.ClickAndWait("#switch-language");
            Browser.ExpectPath($"/sites/{BrowserHost.DemoSite}");
            Assert.Equal("ja", Browser.Language);
            Assert.Equal("English", Browser.Text("#switch-language"));
            Assert.Contains(Text("NavDashboard", Japanese), Browser.Text("h1"), StringComparison.Ordinal);
        });
    }

    private static string Text(string key, CultureInfo culture) =>
        WebText.ResourceManager.GetString(key, culture) ?? throw new KeyNotFoundException(key);
}
