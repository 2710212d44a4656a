using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using FactoryCps.Web.Cases;
using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static FactoryCps.Tests.Web.ApiClients;

namespace FactoryCps.Tests.Web;

/// <summary>
/// The dashboard's content is rendered once and kept (RenderedDashboards): every change it shows appears on the next
/// view, and the page around it stays each user's own (name, language, menu, anti-forgery tokens).
/// </summary>
public sealed class DashboardPageCacheTests
{
    private static string Dashboard => $"/sites/{WebFactory.DemoSite}";

    private static async Task<HttpClient> BrowserAsync(WebFactory factory, string email, string? role, string? language = null, bool administrator = false)
    {
        if (role is null)
        {
            await factory.AddUserAsync(email, administrator);
        }
        else
        {
            await factory.AddUserAsync(email, administrator, (WebFactory.DemoSite, role));
        }

        var client = await factory.SignedInClientAsync(email);
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return client;
    }

    private static string Content(IHtmlDocument page) => page.QuerySelector("main")!.InnerHtml;

    [Theory]
    [DatabaseProviders]
    public async Task A_model_edit_a_new_case_a_changed_deadline_and_time_passing_each_show_on_the_next_view(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var factory = await WebFactory.CreateAsync(provider, time: clock);
        var lead = await BrowserAsync(factory, "lead@example.com", "security-lead");
        var before = await Forms.PageAsync(lead, Dashboard);
        var writes = factory.Services.GetRequiredService<DataWrites>().Version;
        Assert.Equal(Content(before), Content(await Forms.PageAsync(lead, Dashboard)));
        Assert.Equal(writes, factory.Services.GetRequiredService<DataWrites>().Version); // reading counts no write, or nothing would be kept

        // A model edit (a countermeasure implemented on a zone page): the kept content is not served again.
        var zone = await Forms.PageAsync(lead, $"{Dashboard}/step2/cloud-gw");
        var row = zone.QuerySelectorAll("#countermeasures tbody tr").First(r => r.QuerySelector("select option[selected]")?.GetAttribute("value") != "implemented");
        var form = await Forms.GetAsync(lead, $"{Dashboard}/step2/cloud-gw", "#statuses");
        var field = SitePageTests.RowField(form, row.Id!["cm-".Length..]);
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(lead, new() { [field + "Status"] = "implemented", [field + "Owner"] = "sec-dept", [field + "Due"] = "" })).StatusCode);
        var edited = Content(await Forms.PageAsync(lead, Dashboard));
        Assert.NotEqual(Content(before), edited);
        var fresh = await BrowserAsync(factory, "fresh@example.com", "security-lead");
        Assert.Equal(edited, Content(await Forms.PageAsync(fresh, Dashboard)));

        // A case reported through the API, then made overdue by a write that is no model change.
        var engineer = await ForAsync(factory, "engineer@example.com", "engineer");
        var reported = await engineer.SendAsync(Request(HttpMethod.Post, $"/api/v1/sites/{WebFactory.DemoSite}/cases", new JsonObject { ["title"] = "Robot stops without alarm", ["asset"] = "robot-line1", ["severity"] = "low" }), Token);
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        Assert.Null((await Forms.PageAsync(lead, Dashboard)).QuerySelector("#overdue-cases"));
        await SetDeadlineAsync(factory, clock.GetUtcNow().AddMinutes(-1));
        Assert.Contains("Robot stops without alarm", (await Forms.PageAsync(lead, Dashboard)).QuerySelector("#overdue-cases")?.TextContent, StringComparison.Ordinal);

        // A deadline later today: not overdue yet, and overdue once the clock passes it, with no write between.
        await SetDeadlineAsync(factory, clock.GetUtcNow().AddHours(2));
        Assert.Null((await Forms.PageAsync(lead, Dashboard)).QuerySelector("#overdue-cases"));
        Assert.Null((await Forms.PageAsync(lead, Dashboard)).QuerySelector("#overdue-cases"));
        clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1));
        Assert.NotNull((await Forms.PageAsync(lead, Dashboard)).QuerySelector("#overdue-cases"));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Users_roles_and_languages_each_get_their_own_page_around_the_kept_content(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var viewer = await BrowserAsync(factory, "viewer@example.com", "viewer", "ja");
        var lead = await BrowserAsync(factory, "lead@example.com", "security-lead", "en");
        var admin = await BrowserAsync(factory, "admin@example.com", null, "ja", administrator: true);
        var other = await BrowserAsync(factory, "other-viewer@example.com", "viewer", "ja");
        var emails = new[] { "viewer@example.com", "lead@example.com", "admin@example.com", "other-viewer@example.com" };

        var tokens = new List<string>();
        foreach (var (client, email, language, audit) in new[] { (viewer, emails[0], "ja", false), (lead, emails[1], "en", true), (admin, emails[2], "ja", true), (other, emails[3], "ja", false) })
        {
            for (var view = 0; view < 2; view++)
            {
                var page = await Forms.PageAsync(client, Dashboard);
                Assert.Equal(email, page.QuerySelector("header .user")?.TextContent);
                Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
                Assert.Contains(language == "en" ? "Dashboard" : "ダッシュボード", page.QuerySelector("main h1")!.TextContent, StringComparison.Ordinal);
                Assert.Equal(audit, page.QuerySelector("nav.site a[href$='/audit']") is not null);
                var content = Content(page);
                Assert.DoesNotContain("__RequestVerificationToken", content, StringComparison.Ordinal);
                Assert.All(emails, e => Assert.DoesNotContain(e, content, StringComparison.Ordinal));
                tokens.Add(page.QuerySelector("header form input[name=__RequestVerificationToken]")!.GetAttribute("value")!);
            }

            // The anti-forgery token of a view served from kept content is the user's own: the form posts.
            var language2 = await Forms.GetAsync(client, Dashboard, "header form");
            Assert.Equal(HttpStatusCode.Redirect, (await language2.SubmitAsync(client, [], "culture", language)).StatusCode);
        }

        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    private static async Task SetDeadlineAsync(WebFactory factory, DateTimeOffset due)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var found = await db.OodaCases.SingleAsync(Token);
        found.DueAt = due;
        await db.SaveChangesAsync(Token);
    }
}
