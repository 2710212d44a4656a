using FactoryCps.Tests.Web.Notifications;
using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// The inbox in a real browser, in Japanese and English: notices of each first kind, the header's unread count, and
/// marking one read. Screenshots: .test-results/screenshots/inbox-{nn}-{step}.png.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InboxBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private Browser Browser => fixture.Browser;

    [Fact]
    public async Task The_inbox_shows_each_notice_in_words_and_marks_one_read_in_both_languages()
    {
        string engineer;
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            engineer = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().Users.Where(u => u.Email == BrowserFixture.Engineer).Select(u => u.Id).SingleAsync(Token);
        }

        var due = await Notices.RoundDueAsync(fixture.Host);
        await Notices.SendAsync(fixture.Host, due with { Kind = "round-assigned", Key = "round:1:assigned", Due = due.Due }, engineer);
        await Notices.SendAsync(fixture.Host, due, engineer);
        await Notices.SendAsync(fixture.Host, due with { Kind = "answer-returned", Key = "round:1:answer:sc-01", Subject = "2026年度 上期 自己点検 — 1-3 リスク源の特定" }, engineer);
        await Notices.SendAsync(fixture.Host, due with { Kind = "round-overdue", Key = "round:0:overdue", Subject = "2025年度 下期 自己点検" }, engineer);

        Browser.Begin("inbox");
        fixture.SignIn(BrowserFixture.Engineer);
        Browser.Step("ja", () =>
        {
            Browser.Go("/inbox");
            Assert.Equal("ja", Browser.Language);
            Assert.Equal("受信箱（未読 4 件）", Browser.Text("#nav-inbox"));
            Assert.Equal(4, Browser.FindAll("#inbox-list tbody tr.unread").Count);
            Assert.Contains("回答が差し戻されました", Browser.Text("#inbox-list"), StringComparison.Ordinal);
        });
        Browser.Step("ja-one-read", () =>
        {
            Browser.ClickAndWait("#inbox-list tbody tr:last-child form button");
            Assert.Equal("受信箱（未読 3 件）", Browser.Text("#nav-inbox"));
            Assert.Equal(3, Browser.FindAll("#inbox-list tbody tr.unread").Count);
        });
        Browser.ClickAndWait("#switch-language");
        Browser.Step("en", () =>
        {
            Browser.Go("/inbox");
            Assert.Equal("en", Browser.Language);
            Assert.Equal("Inbox, 3 unread", Browser.Text("#nav-inbox"));
            Assert.Contains("Self-assessment round overdue: 2025年度 下期 自己点検", Browser.Text("#inbox-list"), StringComparison.Ordinal);
        });
        Browser.Step("en-all-read", () =>
        {
            Browser.ClickAndWait("#inbox-read-all button");
            Assert.Equal("Inbox", Browser.Text("#nav-inbox"));
            Assert.Equal("3 notices marked as read.", Browser.Text("#inbox-message"));
        });
    }
}
