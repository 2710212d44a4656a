using System.Net;
using FactoryCps.Web.Accounts.Sessions;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FactoryCps.Tests.Web;

/// <summary>
/// Every sign-in is a session its user sees and can end (issue 14): the list marks the asking one, ending one makes
/// that browser's cookie worthless at once while the others go on, "end all others" keeps only the asking one, and
/// signing out ends the session, so a copy of the cookie taken before is refused too.
/// </summary>
public sealed class SessionTests
{
    private const string Email = "engineer@example.com";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [DatabaseProviders]
    public async Task Ending_one_session_refuses_its_cookie_and_keeps_the_others(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync(Email, roles: (WebFactory.DemoSite, "engineer"));
        var office = await factory.SignedInClientAsync(Email);
        var laptop = await factory.SignedInClientAsync(Email);
        var laptopId = await OnlyOtherSessionAsync(office); // the one session the office can end
        var tablet = await factory.SignedInClientAsync(Email);

        var page = await Forms.PageAsync(office, "/account/sessions");
        var rows = page.QuerySelectorAll("#sessions tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.Single(rows, r => r.GetAttribute("data-session") == "current");
        Assert.NotNull(page.QuerySelector("#this-session"));

        var end = await Forms.GetAsync(office, "/account/sessions", $"form:has(input[name='id'][value='{laptopId}'])");
        var ended = await end.SubmitAsync(office, []);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);

        Assert.True(await SentToSignInAsync(laptop));
        Assert.False(await SentToSignInAsync(office));
        Assert.False(await SentToSignInAsync(tablet));
        Assert.Equal(2, (await Forms.PageAsync(office, "/account/sessions")).QuerySelectorAll("#sessions tbody tr").Length);

        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Section == SessionStore.AuditSection).ToListAsync(Token);
        var entry = Assert.Single(audit);
        Assert.Equal(("end", Email), (entry.Action, entry.UserName));
        Assert.DoesNotContain(laptopId, entry.Key!, StringComparison.Ordinal); // the log keeps only the id's start
    }

    [Theory]
    [DatabaseProviders]
    public async Task Ending_all_others_keeps_only_the_asking_session(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync(Email, roles: (WebFactory.DemoSite, "engineer"));
        var others = new[] { await factory.SignedInClientAsync(Email), await factory.SignedInClientAsync(Email) };
        var office = await factory.SignedInClientAsync(Email);

        var form = await Forms.GetAsync(office, "/account/sessions", "#end-others");
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(office, [])).StatusCode);

        foreach (var other in others)
        {
            Assert.True(await SentToSignInAsync(other));
        }

        Assert.False(await SentToSignInAsync(office));
        var page = await Forms.PageAsync(office, "/account/sessions?done=others");
        Assert.Equal("current", Assert.Single(page.QuerySelectorAll("#sessions tbody tr")).GetAttribute("data-session"));
        Assert.NotNull(page.QuerySelector("#sessions-message"));
        Assert.Null(page.QuerySelector("#end-others"));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Signing_out_ends_the_session_so_a_copied_cookie_is_refused(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync(Email, roles: (WebFactory.DemoSite, "engineer"));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var cookie = await SignInForCookieAsync(factory, client);
        var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/account/sessions", Token)).StatusCode);

        // Sign out in the browser that holds the cookie (its page's form and token, the same cookie).
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        browser.DefaultRequestHeaders.Add("Cookie", cookie);
        var signOut = await Forms.GetAsync(browser, "/account/sessions", "form[action='/logout']");
        Assert.Equal(HttpStatusCode.Redirect, (await signOut.SubmitAsync(browser, [])).StatusCode);

        Assert.True(await SentToSignInAsync(copy));
        await using var scope = factory.Services.CreateAsyncScope();
        var sessions = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().SignInSessions().AsNoTracking().ToListAsync(Token);
        Assert.Equal(SessionEnd.SignOut, Assert.Single(sessions).EndedBecause);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Another_users_session_and_a_post_without_a_token_end_nothing(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync(Email, roles: (WebFactory.DemoSite, "engineer"));
        await factory.AddUserAsync("viewer@example.com", roles: (WebFactory.DemoSite, "viewer"));
        var victim = await factory.SignedInClientAsync(Email);
        var victimId = await OnlyOtherSessionAsync(await factory.SignedInClientAsync(Email));
        var other = await factory.SignedInClientAsync("viewer@example.com");
        await factory.SignedInClientAsync("viewer@example.com");

        var form = await Forms.GetAsync(other, "/account/sessions", "form:has(input[name='id'])");
        Assert.Equal(HttpStatusCode.NotFound, (await form.SubmitAsync(other, new() { ["id"] = victimId })).StatusCode);
        var withoutToken = await other.PostAsync("/account/sessions?handler=EndOthers", new FormUrlEncodedContent([]), Token);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);

        Assert.False(await SentToSignInAsync(victim));
        Assert.Equal(2, (await Forms.PageAsync(other, "/account/sessions")).QuerySelectorAll("#sessions tbody tr").Length);
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_last_use_is_written_at_most_once_a_minute(string provider)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        await using var factory = await WebFactory.CreateAsync(provider, time: time);
        await factory.AddUserAsync(Email, roles: (WebFactory.DemoSite, "engineer"));
        var client = await factory.SignedInClientAsync(Email);
        var signedIn = time.GetUtcNow();

        time.Advance(TimeSpan.FromSeconds(50));
        await Forms.PageAsync(client, "/account/sessions");
        Assert.Equal(signedIn, await LastSeenAsync(factory));

        time.Advance(TimeSpan.FromSeconds(20)); // the session was found open 20 s ago: believed without a query
        await Forms.PageAsync(client, "/account/sessions");
        Assert.Equal(signedIn, await LastSeenAsync(factory));

        time.Advance(TimeSpan.FromSeconds(20)); // 90 s after sign-in, 40 s after the last query: asked and written
        var writes = factory.Services.GetRequiredService<DataWrites>();
        var before = writes.Version;
        await Forms.PageAsync(client, "/account/sessions");
        Assert.Equal(signedIn.AddSeconds(90), await LastSeenAsync(factory));
        Assert.Equal(before, writes.Version); // the rendered dashboards are kept: no site data changed

        time.Advance(TimeSpan.FromSeconds(40)); // asked again, but written 40 s ago
        await Forms.PageAsync(client, "/account/sessions");
        Assert.Equal(signedIn.AddSeconds(90), await LastSeenAsync(factory));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Supplier_account_sessions_are_listed_and_ended_the_same_way(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (questionnaire, _) = await SupplyTestData.IssueAsync(factory);
        var (first, account) = await SupplierAccountClients.SignedInAsync(factory, questionnaire);
        var second = SupplierAccountClients.Browser(factory);
        Assert.Equal("/portal", (await SupplierAccountClients.LoginAsync(second, account.LoginName, SupplierAccountClients.ChosenPassword)).Headers.Location?.OriginalString);

        var page = await Forms.PageAsync(first, "/portal/sessions");
        Assert.Equal(2, page.QuerySelectorAll("#sessions tbody tr").Length);
        var end = await Forms.GetAsync(first, "/portal/sessions", "form:has(input[name='id'])");
        Assert.Equal(HttpStatusCode.Redirect, (await end.SubmitAsync(first, [])).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/portal", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/portal", Token)).StatusCode);
        Assert.Single((await Forms.PageAsync(first, "/portal/sessions")).QuerySelectorAll("#sessions tbody tr"));

        await using var scope = factory.Services.CreateAsyncScope();
        var entry = Assert.Single(await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Section == SessionStore.AuditSection).ToListAsync(Token));
        Assert.Equal(questionnaire.SiteId, entry.SiteId); // in the supplier's site's log
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_supplier_password_change_or_reset_ends_the_accounts_other_sessions(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (questionnaire, _) = await SupplyTestData.IssueAsync(factory);
        var (first, account) = await SupplierAccountClients.SignedInAsync(factory, questionnaire);
        var second = SupplierAccountClients.Browser(factory);
        await SupplierAccountClients.LoginAsync(second, account.LoginName, SupplierAccountClients.ChosenPassword);

        Assert.Equal(HttpStatusCode.Redirect, (await SupplierAccountClients.ChangePasswordAsync(first, SupplierAccountClients.ChosenPassword, "Kaizen-Portal-2027")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/portal", Token)).StatusCode);
        Assert.Equal("current", Assert.Single((await Forms.PageAsync(first, "/portal/sessions")).QuerySelectorAll("#sessions tbody tr")).GetAttribute("data-session"));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var (reset, _) = await scope.ServiceProvider.GetRequiredService<FactoryCps.Web.Suppliers.Accounts.SupplierAccounts>()
                .ResetAsync(questionnaire.SiteId, questionnaire.SupplierId, account.Id, SupplyTestData.Lead, Token);
            Assert.NotNull(reset);
        }

        await using var check = factory.Services.CreateAsyncScope();
        var open = await check.ServiceProvider.GetRequiredService<SessionStore>().OpenAsync(SessionStore.SupplierOwner(account.Id), Token);
        Assert.Empty(open);
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/portal", Token)).StatusCode);
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_staff_password_change_ends_the_other_sessions_at_once_and_a_second_factor_reset_ends_all(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await factory.AddUserAsync(Email, roles: (WebFactory.DemoSite, "engineer"));
        var office = await factory.SignedInClientAsync(Email);
        var lost = await factory.SignedInClientAsync(Email);

        // Identity's own stamp check would let the other browser go on for up to 30 minutes.
        var change = await Forms.GetAsync(office, "/account/password", "#password-form");
        var changed = await change.SubmitAsync(office, new() { ["Current"] = WebFactory.Password, ["Chosen"] = "Kaizen-Staff-2027", ["Repeated"] = "Kaizen-Staff-2027" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.True(await SentToSignInAsync(lost));
        Assert.False(await SentToSignInAsync(office));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var user = (await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<FcpsUser>>().FindByEmailAsync(Email))!;
            Assert.True(await scope.ServiceProvider.GetRequiredService<FactoryCps.Web.Accounts.SecondFactorReset>()
                .ResetAsync(user, new FactoryCps.Web.Sites.Actor(null, "admin@example.com"), siteId: null));
        }

        Assert.True(await SentToSignInAsync(office)); // whoever holds the lost device may be signed in
        await using var check = factory.Services.CreateAsyncScope();
        var reasons = await check.ServiceProvider.GetRequiredService<FcpsDbContext>().SignInSessions().AsNoTracking()
            .Select(s => s.EndedBecause).ToListAsync(Token);
        Assert.Equal([SessionEnd.Password, SessionEnd.Reset], reasons.Order(StringComparer.Ordinal));
    }

    /// <summary>The id of the one session a client's page offers to end: the other browser of a user signed in twice.</summary>
    internal static async Task<string> OnlyOtherSessionAsync(HttpClient client)
    {
        var page = await Forms.PageAsync(client, "/account/sessions");
        return Assert.Single(page.QuerySelectorAll("#sessions input[name='id']")).GetAttribute("value")!;
    }

    private static async Task<bool> SentToSignInAsync(HttpClient client)
    {
        var response = await client.GetAsync("/account/sessions", Token);
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/login", StringComparison.Ordinal);
    }

    private static async Task<DateTimeOffset> LastSeenAsync(WebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().SignInSessions().AsNoTracking().SingleAsync(Token)).LastSeenAt;
    }

    private static async Task<string> SignInForCookieAsync(WebFactory factory, HttpClient client)
    {
        var login = await client.GetAsync("/login", Token);
        var antiforgery = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        var token = Forms.Parse(await login.Content.ReadAsStringAsync(Token)).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent([new("Email", Email), new("Password", WebFactory.Password), new("__RequestVerificationToken", token)]),
        };
        post.Headers.Add("Cookie", string.Join("; ", antiforgery));
        var response = await client.SendAsync(post, Token);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return string.Join("; ", antiforgery.Concat(response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => c.StartsWith("fcps.auth=", StringComparison.Ordinal))));
    }
}
