using FactoryCps.Tests.Web;
using FactoryCps.Web.Data;
using FactoryCps.Web.Suppliers.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// A security lead given a one-time password changes it at first sign-in, enrols an authenticator app (the test
/// computes the app's code from the key the page shows, as a person's phone would from the QR code), and signs in
/// again with password and code: in Japanese and in English, with a screenshot of every new page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SecondFactorBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Chosen = "Genba-Kaizen-2026";

    private Browser Browser => fixture.Browser;

    [Fact]
    public async Task A_one_time_password_is_changed_then_an_authenticator_is_enrolled_and_signs_in()
    {
        Browser.Begin("second-factor");
        foreach (var language in new[] { "ja", "en" })
        {
            var email = $"totp-{language}@example.com";
            await fixture.Host.AddUserAsync(email, roles: (BrowserHost.DemoSite, "security-lead"));
            await using (var scope = fixture.Host.Services.CreateAsyncScope())
            {
                // As the members page or `fcps users add` leave it: a one-time password someone else has seen.
                var users = scope.ServiceProvider.GetRequiredService<UserManager<FcpsUser>>();
                var user = (await users.FindByEmailAsync(email))!;
                user.MustChangePassword = true;
                await users.UpdateAsync(user);
            }

            var key = "";
            Browser.Step($"password-page-{language}", () =>
            {
                Browser.Go("/login");
                if (language == "en" && Browser.Language != "en")
                {
                    Browser.ClickAndWait("#switch-language");
                }

                Browser.Type("#email", email);
                Browser.Type("#password", BrowserHost.Password);
                Browser.ClickAndWait("#sign-in");
                Browser.ExpectPath("/account/password");
                Assert.Equal(language, Browser.Language);
                Assert.True(Browser.Exists("#must-change"));
                Browser.Go($"/sites/{BrowserHost.DemoSite}");
                Browser.ExpectPath("/account/password"); // nothing else opens
            });
            Browser.Step($"password-changed-{language}", () =>
            {
                Browser.Type("#current", BrowserHost.Password);
                Browser.Type("#chosen", Chosen);
                Browser.Type("#repeated", Chosen);
                Browser.ClickAndWait("#change-password");
                Browser.ExpectPath("/");
            });
            Browser.Step($"enrolment-page-{language}", () =>
            {
                Browser.Go("/account/two-factor");
                key = Browser.Text("#authenticator-key").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
                Assert.Matches("^[A-Z2-7]{32}$", key);
                // The QR code is an image the CSP lets the browser draw (img-src data:), not a broken one.
                Assert.True(Browser.Until(d => (bool)((OpenQA.Selenium.IJavaScriptExecutor)d).ExecuteScript("var i = document.getElementById('authenticator-qr'); return i.complete && i.naturalWidth > 0;")!));
            });
            Browser.Step($"recovery-codes-{language}", () =>
            {
                Browser.Type("#code", AppCode(key));
                Browser.ClickAndWait("#enrol");
                Assert.True(Browser.Exists("#two-factor-on"), Browser.Text("main"));
                Assert.Equal(10, Browser.FindAll("#recovery-codes li").Count);
            });
            Browser.Step($"second-factor-page-{language}", () =>
            {
                Browser.ClickAndWait("form[action='/logout'] button");
                Browser.Type("#email", email);
                Browser.Type("#password", Chosen);
                Browser.ClickAndWait("#sign-in");
                Browser.ExpectPath("/login/second-factor");
                Assert.Equal(language, Browser.Language);
            });
            Browser.Step($"signed-in-with-code-{language}", () =>
            {
                // The enrolment spent this step's code (a code works once): the app's next one.
                Browser.Type("#code", AppCode(key, TimeSpan.FromSeconds(30)));
                Browser.ClickAndWait("#verify");
                Browser.ExpectPath("/");
                Assert.Contains(BrowserHost.DemoSite, Browser.Text("#sites"), StringComparison.Ordinal);
                Browser.ClickAndWait("form[action='/logout'] button");
            });
        }

        // The members page shows who uses a second factor and offers an administrator the reset, in both languages.
        fixture.SignIn(BrowserFixture.Administrator);
        foreach (var language in new[] { "en", "ja" })
        {
            Browser.Step($"members-reset-{language}", () =>
            {
                Browser.Go($"/sites/{BrowserHost.DemoSite}/members");
                if (Browser.Language != language)
                {
                    Browser.ClickAndWait("#switch-language");
                }

                Assert.Equal(2, Browser.FindAll("#members form.reset-second-factor-form").Count); // the two enrolled above
            });
        }

        Browser.ClickAndWait("form[action='/logout'] button");
    }

    [Fact]
    public async Task A_supplier_account_enrols_an_authenticator_and_signs_in_with_it()
    {
        var (q, _) = await SupplyTestData.IssueAsync(fixture.Host.Services, BrowserHost.DemoSite);
        Browser.Begin("portal-second-factor");
        foreach (var language in new[] { "ja", "en" })
        {
            var login = $"totp-{language}@maker-a.example";
            string oneTime;
            await using (var scope = fixture.Host.Services.CreateAsyncScope())
            {
                var (_, password, _) = await scope.ServiceProvider.GetRequiredService<SupplierAccounts>()
                    .CreateAsync(q.SiteId, q.SupplierId, login, "Sato Hanako", SupplyTestData.Lead, TestContext.Current.CancellationToken);
                oneTime = password!;
            }

            var key = "";
            Browser.Step($"portal-enrolment-page-{language}", () =>
            {
                Browser.Go("/portal/login");
                if (language == "en" && Browser.Language != "en")
                {
                    Browser.ClickAndWait("#switch-language");
                }

                Browser.Type("#login-name", login);
                Browser.Type("#password", oneTime);
                Browser.ClickAndWait("#sign-in");
                Browser.ExpectPath("/portal/password");
                Browser.Type("#current", oneTime);
                Browser.Type("#chosen", Chosen);
                Browser.Type("#repeated", Chosen);
                Browser.ClickAndWait("#change-password");
                Browser.ExpectPath("/portal");
                Browser.ClickAndWait("#two-factor-link");
                Browser.ExpectPath("/portal/two-factor");
                Assert.Equal(language, Browser.Language);
                key = Browser.Text("#authenticator-key").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
                Assert.True(Browser.Until(d => (bool)((OpenQA.Selenium.IJavaScriptExecutor)d).ExecuteScript("var i = document.getElementById('authenticator-qr'); return i.complete && i.naturalWidth > 0;")!));
            });
            Browser.Step($"portal-recovery-codes-{language}", () =>
            {
                Browser.Type("#code", AppCode(key));
                Browser.ClickAndWait("#enrol");
                Assert.True(Browser.Exists("#two-factor-on"), Browser.Text("main"));
                Assert.Equal(10, Browser.FindAll("#recovery-codes li").Count);
            });
            Browser.Step($"portal-second-factor-page-{language}", () =>
            {
                Browser.ClickAndWait("#leave");
                Browser.Go("/portal/login");
                Browser.Type("#login-name", login);
                Browser.Type("#password", Chosen);
                Browser.ClickAndWait("#sign-in");
                Browser.ExpectPath("/portal/login/second-factor");
                Assert.Equal(language, Browser.Language);
            });
            Browser.Step($"portal-signed-in-with-code-{language}", () =>
            {
                // The enrolment spent this step's code (a code works once): the app's next one.
                Browser.Type("#code", AppCode(key, TimeSpan.FromSeconds(30)));
                Browser.ClickAndWait("#verify");
                Browser.ExpectPath("/portal");
                Assert.True(Browser.Exists("#questionnaires"));
                Browser.ClickAndWait("#leave");
            });
        }
    }

    /// <summary>What the authenticator app shows for the key now (or a while later).</summary>
    private static string AppCode(string key, TimeSpan later = default) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp((TimeProvider.System.GetUtcNow() + later).UtcDateTime);
}
