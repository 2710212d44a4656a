using System.Net;
using DocumentFormat.OpenXml.Packaging;

namespace FactoryCps.Tests.Browser;

/// <summary>
/// A PDCA review recorded in a real browser, in Japanese and English (screenshots for review): the calls for a first
/// review, the draft with participants, decisions and an action, the inputs gathered below it, the record, and its
/// report downloaded from the record's links (the HTML shown as its reader's browser shows the file, and the .docx).
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
        Browser.Step("report-ja", () => ShowReport("ja", "見直し（PDCA）報告書", "工場長"));
        Browser.Go(Reviews + "/1");
        Browser.ClickAndWait("#switch-language");
        Browser.Step("recorded-en", () =>
        {
            Assert.Equal("en", Browser.Language);
            Assert.True(Browser.Exists("#inputs-period"), Browser.Text("main"));
        });
        Browser.Step("report-en", () => ShowReport("en", "PDCA review report", "Plant manager"));
        Browser.Step("list-en", () =>
        {
            Browser.Go(Reviews);
            Assert.True(Browser.Exists("#review-calls-none"), Browser.Text("main"));
            Assert.Equal("closed", Browser.Find("#review-1").GetAttribute("data-state"));
        });
    }

    /// <summary>
    /// Downloads the report in both formats from the review page's links (with the browser's session), checks them, and
    /// opens the HTML as a file, as whoever downloaded it would (the app never shows it inside its own pages).
    /// </summary>
    private void ShowReport(string language, string title, string signer)
    {
        using var client = Browser.HttpClientWithCookies();
        var token = TestContext.Current.CancellationToken;
        var html = client.GetAsync(Browser.Find("#review-report-html").GetAttribute("href"), token).GetAwaiter().GetResult();
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{BrowserHost.DemoSite}-review-1-{language}.html", html.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var text = html.Content.ReadAsStringAsync(token).GetAwaiter().GetResult();
        foreach (var expected in new[] { title, "山田 太郎", "リモート保守の接続手順を改め、ベンダとの契約に反映する。", "リモート保守手順書の改訂", signer })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var docx = client.GetAsync(Browser.Find("#review-report-docx").GetAttribute("href"), token).GetAwaiter().GetResult();
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx.Content.ReadAsByteArrayAsync(token).GetAwaiter().GetResult()), isEditable: false))
        {
            Assert.Contains("リモート保守手順書の改訂", word.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        }

        var folder = Path.Combine(TestPaths.RepositoryRoot, ".test-results", "reports");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"review-report-{language}.html");
        File.WriteAllText(file, text);
        Browser.Driver.Navigate().GoToUrl(new Uri(file));
        Assert.Equal(language, Browser.Language);
        Assert.Equal(title, Browser.Text("h1"));
        Assert.True(Browser.Exists("figure svg") || Browser.Text("body").Contains(signer, StringComparison.Ordinal));
    }
}
