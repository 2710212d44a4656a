namespace FactoryCps.Tests.Browser;

/// <summary>
/// A PDCA review recorded in a real browser, in Japanese and English (screenshots for review): the calls for a first
/// review, the draft with participants, decisions and an action, the inputs gathered below it, and the record.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Reviews = $"/sites/{BrowserHost.DemoSite}/reviews";

    private Browser Browser => fixture.Browser;

    [Fact]
    public void A_review_is_drafted_with_its_participants_and_actions_and_recorded()
    {
        Browser.Begin("review");
        fixture.SignInAs(BrowserFixture.Lead);
        Browser.Step("calls-ja", () =>
        {
            Browser.Go(Reviews);
            Assert.Equal("ja", Browser.Language);
            Assert.True(Browser.Exists("#review-calls li[data-reason='none-recorded']"), Browser.Text("main"));
            Assert.True(Browser.Exists("#no-reviews"));
        });
        Browser.Step("draft-ja", () =>
        {
            Browser.ClickAndWait("#new-review");
            Browser.Fill("#new-review-form", "participants[0].name", "山田 太郎");
            Browser.Fill("#new-review-form", "participants[0].role", "セキュリティ担当部署");
            Browser.Fill("#new-review-form", "participants[1].name", "佐藤 花子");
            Browser.Fill("#new-review-form", "participants[1].role", "現場部門長");
            Browser.Fill("#new-review-form", "decisions", "リモート保守の接続手順を改め、ベンダとの契約に反映する。");
            Browser.Fill("#new-review-form", "actions[0].title", "リモート保守手順書の改訂");
            Browser.Fill("#new-review-form", "actions[0].owner", "sec-dept");
            Browser.ClickAndWait("#create-review");
            Browser.ExpectPath(Reviews + "/1");
            Assert.Equal("open", Browser.Find("#review-state").GetAttribute("data-state"));
            Assert.True(Browser.Exists("#input-model"), Browser.Text("main"));
            Assert.True(Browser.Exists("#case-counts"));
            Assert.True(Browser.Exists("#input-bcp p[data-state]"));
        });
        Browser.Step("recorded-ja", () =>
        {
            Browser.ClickAndWait("#close-review");
            Assert.Equal("closed", Browser.Find("#review-state").GetAttribute("data-state"));
            Assert.Contains("山田 太郎", Browser.Text("#review-participants-list"), StringComparison.Ordinal);
            Assert.Contains("リモート保守手順書の改訂", Browser.Text("#review-actions-list"), StringComparison.Ordinal);
            Assert.False(Browser.Exists("#review-form"));
        });
        Browser.ClickAndWait("#switch-language");
        Browser.Step("recorded-en", () =>
        {
            Assert.Equal("en", Browser.Language);
            Assert.True(Browser.Exists("#inputs-period"), Browser.Text("main"));
        });
        Browser.Step("list-en", () =>
        {
            Browser.Go(Reviews);
            Assert.True(Browser.Exists("#review-calls-none"), Browser.Text("main"));
            Assert.Equal("closed", Browser.Find("#review-1").GetAttribute("data-state"));
        });
    }
}
