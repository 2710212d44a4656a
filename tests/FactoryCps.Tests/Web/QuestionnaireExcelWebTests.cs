using System.Net;
using DocumentFormat.OpenXml.Packaging;
using FactoryCps.Localization;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Suppliers.Questionnaires.Excel;
using FactoryCps.Tests.Workbooks;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>
/// The Excel round trip through the web: staff and the portal download the workbook and upload it filled; a file
/// with any problem stores nothing and lists the problems; a portal session reaches only its own questionnaire.
/// </summary>
public sealed class QuestionnaireExcelWebTests
{
    [Theory]
    [DatabaseProviders]
    public async Task Staff_download_the_workbook_with_the_questions_and_a_filled_upload_stores_the_answers(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        await factory.AddUserAsync("lead@example.com", false, (WebFactory.DemoSite, "security-lead"));
        var lead = await factory.SignedInClientAsync("lead@example.com");
        var page = $"/sites/{WebFactory.DemoSite}/questionnaires/{q.Number}/excel";

        var file = await DownloadAsync(lead, page, "ja");
        Assert.All(q.Items, i => Assert.Contains(i.TextJa, Texts(file)));
        Assert.DoesNotContain(q.Items[0].TextEn, Texts(file));
        Assert.Contains(q.Items[0].TextEn, Texts(await DownloadAsync(lead, page, "en")));

        var filled = Fill(file, Language.Ja, q.Items.Count, "ファームウェア署名あり");
        var response = await UploadAsync(lead, page, filled);
        var html = Forms.Parse(await response.Content.ReadAsStringAsync(Token));
        Assert.True(response.StatusCode == HttpStatusCode.OK, html.QuerySelector("#excel-problems")?.TextContent);
        Assert.Equal(q.Items.Select(i => i.ItemId), html.QuerySelectorAll("#excel-accepted .excel-answer").Select(e => e.GetAttribute("data-item")));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var stored = await db.Questionnaires().Include(x => x.Items).SingleAsync(x => x.Id == q.Id, Token);
        Assert.Equal(Questionnaire.Answered, stored.Status);
        Assert.All(stored.Items, i => Assert.Equal(("yes", "lead@example.com"), (i.Answer, i.AnsweredBy)));
        Assert.Equal("ファームウェア署名あり", stored.Items.OrderBy(i => i.Position).First().Comment);
        Assert.Contains(await db.AuditEntries.Where(a => a.Section == "questionnaires").Select(a => a.Action + " " + a.UserName).ToListAsync(Token), a => a == "import lead@example.com");
    }

    [Theory]
    [DatabaseProviders]
    public async Task Another_questionnaires_file_stores_nothing_and_the_page_names_the_problem(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var (other, _) = await SupplyTestData.IssueAsync(factory, supplier: "Integrator B", stakeholder: "integrator-b");
        await factory.AddUserAsync("lead@example.com", false, (WebFactory.DemoSite, "security-lead"));
        var lead = await factory.SignedInClientAsync("lead@example.com");
        var otherFile = Fill(await DownloadAsync(lead, $"/sites/{WebFactory.DemoSite}/questionnaires/{other.Number}/excel", "en"), Language.En, other.Items.Count, null);

        var response = await UploadAsync(lead, $"/sites/{WebFactory.DemoSite}/questionnaires/{q.Number}/excel", otherFile);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = Forms.Parse(await response.Content.ReadAsStringAsync(Token)).QuerySelectorAll("#excel-problems .excel-problem");
        Assert.Equal(["QuestionnaireXlsxOtherQuestionnaire"], problems.Select(p => p.GetAttribute("data-code")));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        Assert.False(await db.QuestionnaireItems().AnyAsync(i => i.Answer != null, Token));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "import-refused" && a.Key == QuestionnaireDesk.Key(q), Token));
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_portal_session_uploads_its_own_workbook_and_finds_no_other_questionnaires(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, token) = await SupplyTestData.IssueAsync(factory);
        var (other, _) = await SupplyTestData.IssueAsync(factory, supplier: "Integrator B", stakeholder: "integrator-b");
        var portal = await SupplyTestData.PortalClientAsync(factory, token);
        var page = $"/portal/questionnaires/{q.PublicId}/excel";

        var filled = Fill(await DownloadAsync(portal, page, "en"), Language.En, q.Items.Count, "Signed firmware");
        var response = await UploadAsync(portal, page, filled, "佐藤 花子");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Another questionnaire's workbook page: 404 for the download and for an upload with the session's own token.
        var foreign = $"/portal/questionnaires/{other.PublicId}/excel";
        Assert.Equal(HttpStatusCode.NotFound, (await portal.GetAsync(foreign + "?handler=download&lang=en", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.GetAsync(foreign, Token)).StatusCode);
        var refused = await UploadAsync(portal, page, filled, "佐藤 花子", action: foreign);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        Assert.All(await db.QuestionnaireItems().Where(i => i.QuestionnaireId == q.Id).ToListAsync(Token), i => Assert.Equal(("yes", "佐藤 花子 (Maker A)"), (i.Answer, i.AnsweredBy)));
        Assert.False(await db.QuestionnaireItems().AnyAsync(i => i.QuestionnaireId == other.Id && i.Answer != null, Token));
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_viewer_gets_no_workbook(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        await factory.AddUserAsync("viewer@example.com", false, (WebFactory.DemoSite, "viewer"));
        var viewer = await factory.SignedInClientAsync("viewer@example.com");
        var page = $"/sites/{WebFactory.DemoSite}/questionnaires/{q.Number}/excel";

        // The viewer holds a role at the site (so it exists for them) but not ManageSuppliers: 403, never the file.
        var download = await viewer.GetAsync(page + "?handler=download&lang=ja", Token);
        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
        Assert.NotEqual(QuestionnaireWorkbooks.ContentType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(page, Token)).StatusCode);
    }

    internal static async Task<byte[]> DownloadAsync(HttpClient client, string page, string language)
    {
        var response = await client.GetAsync($"{page}?handler=download&lang={language}", Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(QuestionnaireWorkbooks.ContentType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync(Token);
    }

    /// <summary>Every text of the workbook's shared strings and inline strings: what a reader of the file sees.</summary>
    internal static List<string> Texts(byte[] file)
    {
        using var stream = new MemoryStream(file);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.InnerText is { } s ? [s] : new List<string>();
        return [.. shared, .. workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()).Select(c => c.InnerText)];
    }

    /// <summary>"Yes" to every question, a comment on the first, typed as Excel stores it.</summary>
    internal static byte[] Fill(byte[] file, Language language, int count, string? comment) =>
        WorkbookEditor.Edit(file, e =>
        {
            var items = QuestionnaireLayout.ItemsSheet(language);
            for (var i = 0; i < count; i++)
            {
                e.Type(items, $"D{i + 2}", AnswerLabels.Label(AnswerChoice.Yes, language));
            }

            if (comment is not null)
            {
                e.Type(items, "E2", comment);
            }
        });

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string page, byte[] file, string? person = null, string? action = null)
    {
        var form = await Forms.GetAsync(client, page, "#excel-form");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(form.Form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", "questionnaire.xlsx" },
        };
        if (person is not null)
        {
            body.Add(new StringContent(person), "person");
        }

        return await client.PostAsync(action ?? page, body, Token);
    }
}
