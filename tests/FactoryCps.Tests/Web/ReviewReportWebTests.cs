using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using FactoryCps.Documents;
using FactoryCps.Web.Data;
using FactoryCps.Web.Reviews;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FactoryCps.Tests.Web.ApiClients;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FactoryCps.Tests.Web;

/// <summary>A review's report downloaded from the review page's links and from /api/v1, by whoever may read the review.</summary>
public sealed class ReviewReportWebTests
{
    private const string OtherSite = "other-plant";

    private static readonly JsonObject Body = new()
    {
        ["kind"] = "periodic",
        ["heldOn"] = "2026-12-01",
        ["nextReview"] = "2027-06-01",
        ["decisions"] = "リモート保守の手順を改める。",
        ["participants"] = new JsonArray(new JsonObject { ["name"] = "山田 太郎", ["role"] = "工場長" }),
        ["actions"] = new JsonArray(new JsonObject { ["title"] = "手順書の改訂", ["owner"] = "保全課", ["dueDate"] = "2027-01-31" }),
    };

    [Theory]
    [DatabaseProviders]
    public async Task A_viewer_downloads_the_report_as_html_and_docx_in_each_language(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        Assert.Equal(HttpStatusCode.Created, (await lead.SendAsync(Request(HttpMethod.Post, $"/api/v1/sites/{Site}/reviews", Body.DeepClone()), ct)).StatusCode);
        await factory.AddUserAsync("viewer@example.com", roles: (Site, "viewer"));
        var viewer = await factory.SignedInClientAsync("viewer@example.com");

        // The review page links to both formats in the page's language.
        var page = await Forms.PageAsync(viewer, $"/sites/{Site}/reviews/1");
        var html = page.QuerySelector("#review-report-html")!.GetAttribute("href")!;
        Assert.Equal($"/sites/{Site}/reviews/1/report?format=html&lang=ja", html);
        Assert.Equal($"/sites/{Site}/reviews/1/report?format=docx&lang=ja", page.QuerySelector("#review-report-docx")!.GetAttribute("href"));

        var response = await viewer.GetAsync(html, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{Site}-review-1-ja.html", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains("見直し（PDCA）報告書", text, StringComparison.Ordinal);
        Assert.Contains("手順書の改訂", text, StringComparison.Ordinal);
        Assert.Contains("工場長", text, StringComparison.Ordinal);

        var docx = await viewer.GetAsync($"/sites/{Site}/reviews/1/report?format=docx&lang=en", ct);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(DocumentFormats.ContentType("docx"), docx.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{Site}-review-1-en.docx", docx.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync(ct)), isEditable: false))
        {
            var all = string.Join("\n", word.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText));
            Assert.Contains("PDCA review report", all, StringComparison.Ordinal);
            Assert.Contains("リモート保守の手順を改める。", all, StringComparison.Ordinal);
            Assert.Contains("Plant manager", all, StringComparison.Ordinal);
        }

        // The API answers the same to a token, in English when asked.
        var engineer = await ForAsync(factory, "engineer@example.com", "engineer");
        var api = await engineer.GetAsync($"/api/v1/sites/{Site}/reviews/1/report?lang=en", ct);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal("text/html", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en\">", await api.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Unknown_reviews_formats_other_sites_and_people_without_a_role_are_refused(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<SiteModelStore>().ImportAsync($"format: 1\nsite: {{ id: {OtherSite} }}\n", "other.yaml", new Actor(null, "test"), ct);
            Assert.True(created.Succeeded);
            var other = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().Sites.SingleAsync(s => s.Key == OtherSite, ct);
            await scope.ServiceProvider.GetRequiredService<ReviewDesk>().CreateAsync(
                other, new ReviewDraft("periodic", new DateOnly(2026, 12, 1), new DateOnly(2027, 6, 1), null, false, [], []), new Actor(null, "test"), ct);
        }

        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        Assert.Equal(HttpStatusCode.Created, (await lead.SendAsync(Request(HttpMethod.Post, $"/api/v1/sites/{Site}/reviews", Body.DeepClone()), ct)).StatusCode);

        await ProblemAsync(await lead.GetAsync($"/api/v1/sites/{Site}/reviews/9/report", ct), HttpStatusCode.NotFound);
        await ProblemAsync(await lead.GetAsync($"/api/v1/sites/{Site}/reviews/1/report?format=pdf", ct), HttpStatusCode.BadRequest);
        await ProblemAsync(await lead.GetAsync($"/api/v1/sites/{Site}/reviews/1/report?lang=fr", ct), HttpStatusCode.BadRequest);

        // Another site's review, for someone whose role is at the demo site only; and someone with no role at all.
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/api/v1/sites/{OtherSite}/reviews/1/report", ct)).StatusCode);
        var stranger = await ForAsync(factory, "stranger@example.com", null);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/sites/{Site}/reviews/1/report", ct)).StatusCode);
        await factory.AddUserAsync("viewer@example.com", roles: (Site, "viewer"));
        var viewer = await factory.SignedInClientAsync("viewer@example.com");
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/sites/{OtherSite}/reviews/1/report", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/sites/{Site}/reviews/1/report", ct)).StatusCode);
    }
}
