using System.Net;
using System.Net.Http.Headers;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FactoryCps.Tests.Web;

/// <summary>
/// Staff second factor over HTTP: enrolment with Identity's authenticator key, the second sign-in step (app code,
/// recovery code once, wrong codes refused and counted), the installation setting that makes administrators and
/// security leads enrol first, and an administrator's audited reset.
/// </summary>
public sealed class StaffSecondFactorTests
{
    private const string Lead = "lead@example.com";
    private const string SecondStep = "/login/second-factor";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A clock of the test's own: which 30-second step a code belongs to is decided here, not by the wall clock.</summary>
    private readonly FakeTimeProvider _time = new(TimeProvider.System.GetUtcNow());

    private DateTimeOffset Now => _time.GetUtcNow();

    [Theory]
    [DatabaseProviders]
    public async Task After_enrolment_sign_in_asks_for_the_code_refuses_a_wrong_one_and_opens_with_the_right_one(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider, time: _time);
        await factory.AddUserAsync(Lead, false, (WebFactory.DemoSite, SiteRoles.SecurityLead));
        var (key, _) = await SecondFactorClients.EnrolAsync(await factory.SignedInClientAsync(Lead), AccountGate.EnrolmentPage, Now);

        var browser = SecondFactorClients.Browser(factory);
        var password = await SecondFactorClients.StaffPasswordAsync(browser, Lead, WebFactory.Password);
        Assert.Equal(SecondStep, password.Headers.Location?.OriginalString);
        Assert.Equal("/login", (await browser.GetAsync("/", Ct)).Headers.Location?.AbsolutePath); // the password alone opens nothing

        var wrong = await SecondFactorClients.SecondStepAsync(browser, SecondStep, SecondFactorClients.WrongCode(key, Now));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.NotNull(Forms.Parse(await wrong.Content.ReadAsStringAsync(Ct)).QuerySelector("#second-factor-error"));

        // The enrolment spent this step's code: it is not accepted again. The app's next code is.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SecondFactorClients.SecondStepAsync(browser, SecondStep, SecondFactorClients.Code(key, Now))).StatusCode);
        _time.Advance(TimeSpan.FromSeconds(30));
        var right = await SecondFactorClients.SecondStepAsync(browser, SecondStep, SecondFactorClients.Code(key, Now));
        Assert.Equal("/", right.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/sites/{WebFactory.DemoSite}", Ct)).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().AuditEntries.Where(a => a.Section == SignInAudit.Section).Select(a => a.Action).ToListAsync(Ct);
        Assert.Equal(["second-factor-enrol"], audit);
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_recovery_code_signs_in_once_and_wrong_codes_lock_the_account(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider, time: _time);
        await factory.AddUserAsync(Lead, false, (WebFactory.DemoSite, SiteRoles.SecurityLead));
        var (key, codes) = await SecondFactorClients.EnrolAsync(await factory.SignedInClientAsync(Lead), AccountGate.EnrolmentPage, Now);

        var first = SecondFactorClients.Browser(factory);
        await SecondFactorClients.StaffPasswordAsync(first, Lead, WebFactory.Password);
        Assert.Equal("/", (await SecondFactorClients.SecondStepAsync(first, SecondStep, codes[0].ToLowerInvariant())).Headers.Location?.OriginalString);

        var again = SecondFactorClients.Browser(factory);
        await SecondFactorClients.StaffPasswordAsync(again, Lead, WebFactory.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SecondFactorClients.SecondStepAsync(again, SecondStep, codes[0])).StatusCode);

        // Four more wrong codes (five with the spent recovery code) lock the account: then even the right code is refused.
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SecondFactorClients.SecondStepAsync(again, SecondStep, SecondFactorClients.WrongCode(key, Now))).StatusCode);
        }

        _time.Advance(TimeSpan.FromSeconds(30)); // a code not used yet, refused all the same
        Assert.Equal(HttpStatusCode.Unauthorized, (await SecondFactorClients.SecondStepAsync(again, SecondStep, SecondFactorClients.Code(key, Now))).StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var lockout = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().AuditEntries.SingleAsync(a => a.Section == SignInAudit.Section && a.Action == "lockout", Ct);
        Assert.Equal((null, Lead), (lockout.SiteId, lockout.Key));
        Assert.Contains("second-factor", lockout.After, StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task With_the_setting_administrators_and_security_leads_enrol_before_anything_else_and_others_do_not(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider, settings: new() { [SecondFactorRule.Setting] = "true" }, time: _time);
        var lead = await factory.AddUserAsync(Lead, false, (WebFactory.DemoSite, SiteRoles.SecurityLead));
        await factory.AddUserAsync("admin@example.com", administrator: true);
        await factory.AddUserAsync("viewer@example.com", false, (WebFactory.DemoSite, "viewer"));

        foreach (var held in new[] { Lead, "admin@example.com" })
        {
            var client = await factory.SignedInClientAsync(held);
            foreach (var path in new[] { "/", $"/sites/{WebFactory.DemoSite}", "/account/tokens" })
            {
                Assert.Equal(AccountGate.EnrolmentPage, (await client.GetAsync(path, Ct)).Headers.Location?.OriginalString);
            }

            Assert.NotNull((await Forms.PageAsync(client, AccountGate.EnrolmentPage)).QuerySelector("#must-enrol"));
        }

        var viewer = await factory.SignedInClientAsync("viewer@example.com");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/sites/{WebFactory.DemoSite}", Ct)).StatusCode);

        // API tokens are no session: the held-back lead's scripts go on.
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.TokenForAsync(lead));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/sites", Ct)).StatusCode);

        var enrolling = await factory.SignedInClientAsync(Lead);
        await SecondFactorClients.EnrolAsync(enrolling, AccountGate.EnrolmentPage, Now);
        Assert.Equal(HttpStatusCode.OK, (await enrolling.GetAsync($"/sites/{WebFactory.DemoSite}", Ct)).StatusCode);
    }

    [Theory]
    [DatabaseProviders]
    public async Task An_administrator_resets_a_lost_second_factor_after_confirming_and_the_reset_is_audited(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider, time: _time);
        var lead = await factory.AddUserAsync(Lead, false, (WebFactory.DemoSite, SiteRoles.SecurityLead));
        await factory.AddUserAsync("admin@example.com", administrator: true);
        var leadClient = await factory.SignedInClientAsync(Lead);
        await SecondFactorClients.EnrolAsync(leadClient, AccountGate.EnrolmentPage, Now);
        var members = $"/sites/{WebFactory.DemoSite}/members";
        var row = $"#member-{lead.Id} form.reset-second-factor-form";

        // A security lead manages members but is no administrator: no reset for them.
        Assert.Null((await Forms.PageAsync(leadClient, members)).QuerySelector(row));
        var admin = await factory.SignedInClientAsync("admin@example.com");
        var unconfirmed = await (await Forms.GetAsync(admin, members, row)).SubmitAsync(admin, []);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("bad", Forms.Parse(await unconfirmed.Content.ReadAsStringAsync(Ct)).QuerySelector("#members-message")!.ClassName, StringComparison.Ordinal);
        Assert.True(await TwoFactorOnAsync(factory));

        // The lead posts the reset with their own valid token: forbidden.
        var leadToken = (await Forms.PageAsync(leadClient, members)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var byLead = await leadClient.PostAsync(members + "?handler=ResetSecondFactor", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = leadToken,
            ["userId"] = lead.Id,
            ["confirm"] = "true",
        }), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, byLead.StatusCode);
        Assert.True(await TwoFactorOnAsync(factory));

        var reset = await (await Forms.GetAsync(admin, members, row)).SubmitAsync(admin, new() { ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.False(await TwoFactorOnAsync(factory));
        Assert.Equal("/", (await SecondFactorClients.StaffPasswordAsync(SecondFactorClients.Browser(factory), Lead, WebFactory.Password)).Headers.Location?.OriginalString);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == "second-factor-reset", Ct);
        var site = await db.Sites.SingleAsync(s => s.Key == WebFactory.DemoSite, Ct);
        Assert.Equal((site.Id, "admin@example.com", Lead), (entry.SiteId, entry.UserName, entry.Key));
    }

    private static async Task<bool> TwoFactorOnAsync(WebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FcpsUser>>();
        return (await users.FindByEmailAsync(Lead))!.TwoFactorEnabled;
    }
}
