using System.Globalization;
using FactoryCps.Tests.Web;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Suppliers.Accounts;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.VirtualAuth;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// A staff user adds a passkey and signs in with it (Chromium's virtual authenticator standing in for the device's),
/// and sees the sessions page; a supplier account sees its own. Screenshots of the new pages in Japanese and English.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountSecurityBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private Browser Browser => fixture.Browser;

    [Fact]
    public void A_user_adds_a_passkey_and_signs_in_with_it()
    {
        Browser.Begin("passkeys");
        // WebAuthn binds a passkey to a domain name: the pages are asked at localhost, not 127.0.0.1.
        Browser.UseHost("localhost");
        var driver = (WebDriver)Browser.Driver;
        var authenticator = driver.AddVirtualAuthenticator(new VirtualAuthenticatorOptions()
            .SetProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
            .SetTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
            .SetHasResidentKey(true)
            .SetHasUserVerification(true)
            .SetIsUserVerified(true));
        try
        {
            fixture.SignIn(BrowserFixture.Engineer);
            Browser.Step("passkeys-empty-ja", () =>
            {
                Browser.Go("/account/passkeys");
                Assert.Equal("ja", Browser.Language);
                Assert.True(Browser.Exists("#no-passkeys"));
                Browser.Until(_ => Browser.Find("#passkey-add").Displayed); // the script found a browser that can
                Assert.False(Browser.Find("#passkey-needs-script").Displayed);
            });
            Browser.Step("passkey-added-ja", () =>
            {
                Browser.Type("#passkey-name", "事務所の PC");
                Browser.ClickAndWait("#add-passkey");
                Assert.True(Browser.Exists("#passkey-message"), Browser.Exists("#passkey-error") ? Browser.Text("#passkey-error") : Browser.PathShown);
                Assert.Equal("事務所の PC", Browser.Find("#passkeys tbody input[name='name']").GetAttribute("value"));
            });
            Browser.Step("signed-out", () =>
            {
                Browser.ClickAndWait("form[action='/logout'] button");
                Browser.ExpectPath("/login");
                Browser.Until(_ => Browser.Find("#passkey-signin").Displayed);
            });
            Browser.Step("signed-in-with-passkey", () =>
            {
                Browser.ClickAndWait("#sign-in-passkey");
                Assert.False(Browser.Exists("#login-error"), Browser.Exists("#login-error") ? Browser.Text("#login-error") : "");
                Browser.ExpectPath("/");
                Assert.Equal(BrowserFixture.Engineer, Browser.Text(".user"));
            });
            Browser.Step("sessions-ja", () =>
            {
                Browser.Go("/account/sessions");
                Assert.Equal(Text("SessionsTitle", "ja"), Browser.Text("h1"));
                // The password sign-in ended with its sign-out: only this one, marked, is open.
                Assert.Single(Browser.FindAll("#sessions tbody tr"));
                Assert.Equal(Text("SessionThis", "ja"), Browser.Text("#this-session"));
            });
            Browser.Step("sessions-en", () =>
            {
                Browser.ClickAndWait("#switch-language");
                Assert.Equal("en", Browser.Language);
                Assert.Equal(Text("SessionsTitle", "en"), Browser.Text("h1"));
            });
            Browser.Step("passkeys-en", () =>
            {
                Browser.Go("/account/passkeys");
                Assert.Equal(Text("PasskeysTitle", "en"), Browser.Text("h1"));
                Assert.Single(Browser.FindAll("#passkeys tbody tr"));
            });
        }
        finally
        {
            driver.RemoveVirtualAuthenticator(authenticator);
            Browser.UseHost("127.0.0.1");
        }
    }

    [Fact]
    public async Task A_supplier_account_sees_its_sessions_in_both_languages()
    {
        var (q, _) = await SupplyTestData.IssueAsync(fixture.Host.Services, BrowserHost.DemoSite, supplier: "Maker S", stakeholder: null);
        string password;
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<SupplierAccounts>()
                .CreateAsync(q.SiteId, q.SupplierId, "suzuki@maker-s.example", "Suzuki Ichiro", SupplyTestData.Lead, TestContext.Current.CancellationToken);
            password = created.Password!;
        }

        Browser.Begin("supplier-sessions"); // not "portal-…": the portal scenario clears "portal-*.png"
        Browser.Step("password", () =>
        {
            Browser.Go("/portal/login");
            Browser.Type("#login-name", "suzuki@maker-s.example");
            Browser.Type("#password", password);
            Browser.ClickAndWait("#sign-in");
            Browser.ExpectPath("/portal/password");
            Browser.Type("#current", password);
            Browser.Type("#chosen", SupplierAccountClients.ChosenPassword);
            Browser.Type("#repeated", SupplierAccountClients.ChosenPassword);
            Browser.ClickAndWait("#change-password");
            Browser.ExpectPath("/portal");
        });
        Browser.Step("portal-sessions-ja", () =>
        {
            Browser.ClickAndWait("#sessions-link");
            Browser.ExpectPath("/portal/sessions");
            Assert.Equal(Text("SessionsTitle", "ja"), Browser.Text("h1"));
            Assert.Equal(Text("SessionThis", "ja"), Browser.Text("#this-session"));
        });
        Browser.Step("portal-sessions-en", () =>
        {
            Browser.ClickAndWait("#switch-language");
            Browser.ExpectPath("/portal/sessions");
            Assert.Equal(Text("SessionsTitle", "en"), Browser.Text("h1"));
        });
    }

    private static string Text(string name, string culture) => WebText.ResourceManager.GetString(name, CultureInfo.GetCultureInfo(culture))!;
}
