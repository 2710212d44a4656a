using System.Net;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers.Accounts;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FactoryCps.Tests.Web;

/// <summary>
/// Supplier accounts over HTTP: staff create one on the supplier page (a one-time password shown once), the supplier
/// signs in, must choose a password before anything opens, sees their supplier's questionnaires at the site and
/// answers as themselves; wrong names and passwords look alike, repeated failures lock, reset and disable end sessions.
/// </summary>
public sealed class SupplierAccountTests
{
    private const string OtherSite = "other-plant";
    private const string Login = "sato@maker-a.example";

    [Theory]
    [DatabaseProviders]
    public async Task Staff_create_an_account_whose_one_time_password_opens_only_the_password_change_and_works_once(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await OtherSiteAsync(factory);
        var (mine, _) = await SupplyTestData.IssueAsync(factory);
        var second = await NextRoundAsync(factory, mine);
        var (theirs, _) = await SupplyTestData.IssueAsync(factory, supplier: "Integrator B", stakeholder: "integrator-b");
        var (sameNameElsewhere, _) = await SupplyTestData.IssueAsync(factory, OtherSite, "Maker A", null);

        var lead = await LeadAsync(factory);
        var created = await CreateOnPageAsync(lead, mine.SupplierId);
        Assert.True(created.Headers.CacheControl?.NoStore); // the one-time password stays in no cache
        var password = Forms.Parse(await created.Content.ReadAsStringAsync(Token)).QuerySelector("#one-time-password")!.TextContent;
        Assert.Equal(20, password.Length);
        Assert.DoesNotContain(password, (await (await lead.GetAsync(SupplierPage(mine.SupplierId), Token)).Content.ReadAsStringAsync(Token)), StringComparison.Ordinal);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            var account = await db.SupplierAccounts().SingleAsync(Token);
            Assert.Equal((mine.SiteId, mine.SupplierId, "Sato Hanako", true), (account.SiteId, account.SupplierId, account.DisplayName, account.MustChangePassword));
            Assert.DoesNotContain(password, account.PasswordHash, StringComparison.Ordinal);
            var audit = await db.AuditEntries.Where(a => a.Section == "supplier-accounts").ToListAsync(Token);
            Assert.Equal("create lead@example.com", Assert.Single(audit).Action + " " + audit[0].UserName);
            Assert.DoesNotContain(password, audit[0].After!, StringComparison.Ordinal);
        }

        var supplier = SupplierAccountClients.Browser(factory);
        Assert.Equal("/portal/password", (await SupplierAccountClients.LoginAsync(supplier, Login.ToUpperInvariant(), password)).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await supplier.GetAsync($"/portal/questionnaires/{mine.PublicId}", Token)).StatusCode);
        Assert.Equal("/portal/password", (await supplier.GetAsync("/portal", Token)).Headers.Location?.OriginalString);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await SupplierAccountClients.ChangePasswordAsync(supplier, password, "short1A")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await SupplierAccountClients.ChangePasswordAsync(supplier, password, password)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await SupplierAccountClients.ChangePasswordAsync(supplier, password, SupplierAccountClients.ChosenPassword, "Kaizen-Portal-2027")).StatusCode);
        Assert.Equal("/portal", (await SupplierAccountClients.ChangePasswordAsync(supplier, password, SupplierAccountClients.ChosenPassword)).Headers.Location?.OriginalString);

        // The list: this supplier's questionnaires at this site, both rounds; not another supplier's, not the same name's at another site.
        var list = await Forms.PageAsync(supplier, "/portal");
        var shown = list.QuerySelectorAll("#questionnaires tbody tr").Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { $"questionnaire-{mine.PublicId}", $"questionnaire-{second.PublicId}" }.Order(StringComparer.Ordinal), shown);
        Assert.DoesNotContain(theirs.PublicId, list.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(sameNameElsewhere.PublicId, list.Body!.InnerHtml, StringComparison.Ordinal);

        // The one-time password is spent; the chosen one opens the list at once.
        var again = SupplierAccountClients.Browser(factory);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SupplierAccountClients.LoginAsync(again, Login, password)).StatusCode);
        Assert.Equal("/portal", (await SupplierAccountClients.LoginAsync(again, Login, SupplierAccountClients.ChosenPassword)).Headers.Location?.OriginalString);
    }

    [Theory]
    [DatabaseProviders]
    public async Task An_account_answers_under_its_own_name_and_the_audit_log_names_the_account(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var (supplier, account) = await SupplierAccountClients.SignedInAsync(factory, q);
        var page = $"/portal/questionnaires/{q.PublicId}";

        var form = await Forms.GetAsync(supplier, page, "#answers-form");
        Assert.Null(form.Document.QuerySelector("#person")); // an account is a person already
        Assert.Contains("Sato Hanako", form.Document.QuerySelector("#answering-as")!.TextContent, StringComparison.Ordinal);
        var saved = await form.SubmitAsync(supplier, new() { [$"answer:{q.Items[0].ItemId}"] = "yes", ["person"] = "Somebody Else" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalTests.UploadAsync(supplier, page, q.Items[0].ItemId, SupplierRulesTests.Sample("pdf"), "policy.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supplier.GetAsync($"{page}/excel?handler=download&lang=en", Token)).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        Assert.Equal("Sato Hanako (Maker A)", (await db.QuestionnaireItems().SingleAsync(i => i.Answer != null, Token)).AnsweredBy);
        Assert.Equal("Sato Hanako (Maker A)", (await db.EvidenceFiles().SingleAsync(Token)).UploadedBy);
        var actor = $"portal-account:{account.Id} Sato Hanako (Maker A)";
        var audit = await db.AuditEntries.Where(a => a.Section == "questionnaires" || a.Section == "evidence" || a.Section == "supplier-accounts").Select(a => a.Action + " " + a.UserName).ToListAsync(Token);
        Assert.Contains($"answer {actor}", audit);
        Assert.Contains($"upload {actor}", audit);
        Assert.Contains($"password {actor}", audit);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Unknown_names_and_wrong_passwords_look_alike_and_repeated_failures_lock_the_account_for_a_while(string provider)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 11, 9, 0, 0, TimeSpan.Zero));
        await using var factory = await WebFactory.CreateAsync(provider, time: time);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var (_, password) = await SupplierAccountClients.CreateAsync(factory, q);
        var client = SupplierAccountClients.Browser(factory);

        var unknown = await SupplierAccountClients.LoginAsync(client, "nobody@maker-a.example", password);
        var wrong = await SupplierAccountClients.LoginAsync(client, Login, "Wrong-Password-1");
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (unknown.StatusCode, wrong.StatusCode));
        var message = await ErrorAsync(unknown);
        Assert.Equal(message, await ErrorAsync(wrong));

        for (var attempt = 2; attempt <= 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SupplierAccountClients.LoginAsync(client, Login, "Wrong-Password-" + attempt)).StatusCode);
        }

        var locked = await SupplierAccountClients.LoginAsync(client, Login, password);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(message, await ErrorAsync(locked)); // locked looks like wrong: the page tells nobody the name exists
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().SupplierAccounts().AsNoTracking().SingleAsync(Token);
            Assert.Equal(time.GetUtcNow().AddMinutes(15), stored.LockedUntil);
        }

        time.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal("/portal/password", (await SupplierAccountClients.LoginAsync(client, Login, password)).Headers.Location?.OriginalString);
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_reset_ends_the_sessions_and_the_old_password_and_a_disabled_account_loses_access_at_its_next_request(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var (supplier, account) = await SupplierAccountClients.SignedInAsync(factory, q);
        var own = $"/portal/questionnaires/{q.PublicId}";
        Assert.Equal(HttpStatusCode.OK, (await supplier.GetAsync(own, Token)).StatusCode);
        var lead = await LeadAsync(factory);

        var reset = await Forms.GetAsync(lead, SupplierPage(q.SupplierId), $"#account-{account.Id} form.reset-account-form");
        var resetPage = await reset.SubmitAsync(lead, []);
        Assert.Equal(HttpStatusCode.OK, resetPage.StatusCode);
        var oneTime = Forms.Parse(await resetPage.Content.ReadAsStringAsync(Token)).QuerySelector("#one-time-password")!.TextContent;
        Assert.Equal(HttpStatusCode.Unauthorized, (await supplier.GetAsync(own, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SupplierAccountClients.LoginAsync(supplier, Login, SupplierAccountClients.ChosenPassword)).StatusCode);
        Assert.Equal("/portal/password", (await SupplierAccountClients.LoginAsync(supplier, Login, oneTime)).Headers.Location?.OriginalString);
        Assert.Equal("/portal", (await SupplierAccountClients.ChangePasswordAsync(supplier, oneTime, "Another-Portal-2026")).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await supplier.GetAsync(own, Token)).StatusCode);

        var disable = await Forms.GetAsync(lead, SupplierPage(q.SupplierId), $"#account-{account.Id} form.disable-account-form");
        Assert.Equal(HttpStatusCode.OK, (await disable.SubmitAsync(lead, [])).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await supplier.GetAsync(own, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SupplierAccountClients.LoginAsync(supplier, Login, "Another-Portal-2026")).StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().AuditEntries.Where(a => a.Section == "supplier-accounts").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Token);
        Assert.Equal(new[] { "create", "password", "reset", "password", "disable" }, audit);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Staff_without_ManageSuppliers_see_no_accounts_and_a_taken_name_is_refused(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        await SupplierAccountClients.CreateAsync(factory, q);
        await factory.AddUserAsync("viewer@example.com", false, (WebFactory.DemoSite, "viewer"));
        var viewer = await factory.SignedInClientAsync("viewer@example.com");
        var page = await Forms.PageAsync(viewer, SupplierPage(q.SupplierId));
        Assert.Null(page.QuerySelector("#accounts"));
        Assert.Null(page.QuerySelector("#account-form"));

        var lead = await LeadAsync(factory);
        var taken = await CreateOnPageAsync(lead, q.SupplierId, Login.ToUpperInvariant());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.NotNull(Forms.Parse(await taken.Content.ReadAsStringAsync(Token)).QuerySelector("#account-error"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await CreateOnPageAsync(lead, q.SupplierId, "a b")).StatusCode);
    }

    private static string SupplierPage(int supplierId) => $"/sites/{WebFactory.DemoSite}/suppliers/{supplierId}";

    private static async Task<HttpClient> LeadAsync(WebFactory factory)
    {
        await factory.AddUserAsync("lead@example.com", false, (WebFactory.DemoSite, "security-lead"));
        return await factory.SignedInClientAsync("lead@example.com");
    }

    private static async Task<HttpResponseMessage> CreateOnPageAsync(HttpClient lead, int supplierId, string login = Login)
    {
        var form = await Forms.GetAsync(lead, SupplierPage(supplierId), "#account-form");
        return await form.SubmitAsync(lead, new() { ["loginName"] = login, ["displayName"] = "Sato Hanako" });
    }

    private static async Task<string> ErrorAsync(HttpResponseMessage response) =>
        Forms.Parse(await response.Content.ReadAsStringAsync(Token)).QuerySelector("#login-error")!.TextContent;

    private static async Task OtherSiteAsync(WebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<FactoryCps.Web.Sites.SiteModelStore>().ImportAsync($"format: 1\nsite: {{ id: {OtherSite} }}\n", "other.yaml", SupplyTestData.Lead, Token);
        Assert.True(created.Succeeded);
    }

    private static async Task<Questionnaire> NextRoundAsync(WebFactory factory, Questionnaire previous)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var site = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().Sites.AsNoTracking().SingleAsync(s => s.Id == previous.SiteId, Token);
        var (issued, _) = await scope.ServiceProvider.GetRequiredService<QuestionnaireDesk>().IssueAsync(site, previous.SupplierId, previous.SuppliedItemId, null, SupplyTestData.Lead, Token);
        return issued!;
    }
}
