using System.Net;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web.Notifications;

/// <summary>/inbox: a user's own notices, in their language, marked read with a form that carries its token.</summary>
public sealed class InboxPageTests
{
    [Theory]
    [DatabaseProviders]
    public async Task A_notice_shows_to_its_recipient_only_and_is_marked_read_by_a_form_with_its_token(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var alice = await factory.AddUserAsync("alice@example.com", false, (WebFactory.DemoSite, "engineer"));
        await factory.AddUserAsync("bob@example.com", false, (WebFactory.DemoSite, "engineer"));
        await Notices.SendAsync(factory, await Notices.RoundDueAsync(factory), alice.Id);
        var id = (await Notices.RowsAsync(factory)).Single().Id;

        var client = await factory.SignedInClientAsync("alice@example.com");
        var page = await Forms.PageAsync(client, "/inbox");
        var row = page.QuerySelector($"#notice-{id}")!;
        Assert.Contains("自己点検の期限が近づいています: 2026年度 上期 自己点検", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("/sites/kawasaki/steps/3", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("2026-12-21", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("未読", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("受信箱（未読 1 件）", page.QuerySelector("#nav-inbox")!.TextContent);

        // Another user: not in their inbox, and marking it read (with a valid token of their own) is 404.
        var bob = await factory.SignedInClientAsync("bob@example.com");
        var theirs = await Forms.PageAsync(bob, "/inbox");
        Assert.NotNull(theirs.QuerySelector("#inbox-empty"));
        Assert.Equal("受信箱", theirs.QuerySelector("#nav-inbox")!.TextContent);
        var bobToken = theirs.QuerySelector("header form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var foreign = await bob.PostAsync($"/inbox?handler=Read&id={id}", new FormUrlEncodedContent([new("__RequestVerificationToken", bobToken)]), Token);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        // Without the token: refused, still unread.
        var forged = await client.PostAsync($"/inbox?handler=Read&id={id}", new FormUrlEncodedContent([]), Token);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null((await Notices.RowsAsync(factory)).Single().ReadAt);

        var marked = await Forms.Of(page, "/inbox", $"#notice-{id} form").SubmitAsync(client, []);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var after = await Forms.PageAsync(client, marked.Headers.Location!.OriginalString);
        Assert.Equal("既読にしました。", after.QuerySelector("#inbox-message")!.TextContent);
        Assert.Contains("既読", after.QuerySelector($"#notice-{id}")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector($"#notice-{id} form"));
        Assert.Equal("受信箱", after.QuerySelector("#nav-inbox")!.TextContent);

        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().AuditEntries.Where(e => e.Section == "inbox").ToListAsync(Token);
        Assert.Equal([("read", "round:1:due-7", alice.Id)], audit.Select(e => (e.Action, e.Key, e.UserId)));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Mark_all_read_pages_and_english_words(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var alice = await factory.AddUserAsync("alice@example.com", false, (WebFactory.DemoSite, "engineer"));
        var notice = await Notices.RoundDueAsync(factory);
        for (var i = 1; i <= 120; i++)
        {
            await Notices.SendAsync(factory, notice with { Key = $"round:{i}:due", Subject = $"Round {i}" }, alice.Id);
        }

        var client = await factory.SignedInClientAsync("alice@example.com");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var first = await Forms.PageAsync(client, "/inbox");
        Assert.Equal("en", first.DocumentElement.GetAttribute("lang"));
        Assert.Equal(50, first.QuerySelectorAll("#inbox-list tbody tr").Length);
        Assert.Contains("Self-assessment round due soon: Round 120", first.QuerySelector("#inbox-list tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Inbox, 120 unread", first.QuerySelector("#nav-inbox")!.TextContent);
        Assert.Equal(20, (await Forms.PageAsync(client, "/inbox?page=3")).QuerySelectorAll("#inbox-list tbody tr").Length);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/inbox?page=4", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/inbox?page=x", Token)).StatusCode);

        var all = await Forms.Of(first, "/inbox", "#inbox-read-all").SubmitAsync(client, []);
        var after = await Forms.PageAsync(client, all.Headers.Location!.OriginalString);
        Assert.Equal("120 notices marked as read.", after.QuerySelector("#inbox-message")!.TextContent);
        Assert.Equal("Inbox", after.QuerySelector("#nav-inbox")!.TextContent);
        Assert.NotNull((await Forms.PageAsync(client, "/inbox?show=unread")).QuerySelector("#inbox-empty"));
        Assert.All(await Notices.RowsAsync(factory), r => Assert.NotNull(r.ReadAt));
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_notice_of_a_site_the_user_no_longer_holds_a_role_at_is_not_shown(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var alice = await factory.AddUserAsync("alice@example.com", false, (WebFactory.DemoSite, "engineer"));
        var notice = await Notices.RoundDueAsync(factory);
        await Notices.SendAsync(factory, notice, alice.Id);
        await Notices.SendAsync(factory, notice with { SiteId = null, Key = "installation", Subject = "No site" }, alice.Id);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            await db.SiteMembers.Where(m => m.UserId == alice.Id).ExecuteDeleteAsync(Token);
        }

        var client = await factory.SignedInClientAsync("alice@example.com");
        var page = await Forms.PageAsync(client, "/inbox");
        var rows = page.QuerySelectorAll("#inbox-list tbody tr");
        Assert.Equal(["installation"], rows.Select(r => r.GetAttribute("data-key")));
        var hidden = (await Notices.RowsAsync(factory)).Single(r => r.Key == "round:1:due-7");
        var token = page.QuerySelector("header form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/inbox?handler=Read&id={hidden.Id}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), Token)).StatusCode);
    }
}
