using System.Globalization;
using FactoryCps.Tests.Web;
using FactoryCps.Web.Resources;

namespace FactoryCps.Tests.Browser;

/// <summary>A supplier opening an invitation link in a real browser, answering in English, and uploading evidence.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private Browser Browser => fixture.Browser;

    [Fact]
    public async Task A_supplier_opens_the_link_answers_every_question_and_uploads_a_file()
    {
        var (q, token) = await SupplyTestData.IssueAsync(fixture.Host.Services, BrowserHost.DemoSite);
        var page = $"/portal/questionnaires/{q.PublicId}";
        var evidence = Path.Combine(Directory.CreateTempSubdirectory("fcps-evidence-").FullName, "security-policy.pdf");
        await File.WriteAllBytesAsync(evidence, SupplierRulesTests.Sample("pdf"), TestContext.Current.CancellationToken);

        Browser.Begin("portal");
        Browser.Step("invitation", () =>
        {
            Browser.Go($"/portal/invite/{token}");
            Assert.Equal("ja", Browser.Language);
            Assert.Equal(Text("PortalWelcome", "ja"), Browser.Text("h1"));
            Browser.ClickAndWait("#open");
            Browser.ExpectPath(page); // the token is gone from the address
        });
        Browser.Step("english", () =>
        {
            Browser.ClickAndWait("#switch-language");
            Browser.ExpectPath(page);
            Assert.Equal("en", Browser.Language);
            Assert.Equal(q.Items[0].TextEn, Browser.Text($"#question-{q.Items[0].ItemId} td:nth-child(2)"));
        });
        Browser.Step("answered", () =>
        {
            Browser.Type("#person", "Hanako Sato");
            foreach (var item in q.Items)
            {
                Browser.Fill("#answers-form", $"answer:{item.ItemId}", item == q.Items[0] ? "partly" : "yes");
            }

            Browser.Fill("#answers-form", $"comment:{q.Items[0].ItemId}", "Signed firmware from v3.2 onwards.");
            Browser.ClickAndWait("#save-answers");
            Assert.True(Browser.Exists("#saved"));
            Assert.Equal(Text("QuestionnaireStatus_answered", "en"), Browser.Text("#status"));
            Assert.Equal("partly", Browser.Find($"[name='answer:{q.Items[0].ItemId}']").GetAttribute("value"));
        });
        Browser.Step("uploaded", () =>
        {
            Browser.Type("#upload-person", "Hanako Sato");
            Browser.Find("#upload-file").SendKeys(evidence);
            Browser.ClickAndWait("#upload");
            Assert.True(Browser.Exists("#uploaded"));
            Assert.Equal("security-policy.pdf", Browser.Text("#evidence .evidence-link"));
        });
        Browser.Step("nothing-else", () =>
        {
            Browser.Go($"/sites/{BrowserHost.DemoSite}/questionnaires/{q.Number}");
            Assert.Equal(Text("Error404Title", "en"), Browser.Text("#status-title"));
        });
        Browser.Step("left", () =>
        {
            Browser.Go(page);
            Browser.ClickAndWait("#leave");
            Browser.ExpectPath("/portal/ended");
            Browser.Go(page);
            Assert.Equal(Text("Error401Title", "en"), Browser.Text("#status-title"));
        });
    }

    private static string Text(string key, string culture) => WebText.ResourceManager.GetString(key, CultureInfo.GetCultureInfo(culture))!;
}
