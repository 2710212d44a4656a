using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using FactoryCps.Localization;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Suppliers.Portal;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FactoryCps.Tests.Web.QuestionnaireApiTests;

namespace FactoryCps.Tests.Web;

/// <summary>/api/v1 invitation links (the token given once, never listed or audited) and the Excel workbook of a questionnaire.</summary>
public sealed class QuestionnaireFilesApiTests
{
    [Theory]
    [DatabaseProviders]
    public async Task An_invitation_gives_its_link_once_is_listed_without_it_and_is_revoked(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var (other, _) = await SupplyTestData.IssueAsync(factory, supplier: "Integrator B", stakeholder: "integrator-b");
        var lead = await ApiClients.ForAsync(factory, "lead@example.com", "security-lead");
        var invitations = Api($"/questionnaires/{q.Number}/invitations");

        var created = await lead.PostAsync(invitations, ApiClients.JsonBody(new JsonObject { ["recipient"] = "Suzuki" }), Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(created.Headers.CacheControl!.NoStore);
        var body = await ApiClients.ReadAsync(created);
        var token = (string)body["token"]!;
        Assert.StartsWith("fcpi_", token, StringComparison.Ordinal);
        Assert.EndsWith($"/portal/invite/{token}", (string?)body["link"], StringComparison.Ordinal);
        Assert.Equal(("Suzuki", "valid"), ((string?)body["invitation"]!["recipient"], (string?)body["invitation"]!["state"]));
        var id = (long)body["invitation"]!["id"]!;
        await SupplyTestData.PortalClientAsync(factory, token); // the link opens the portal

        var list = await lead.GetAsync(invitations, Token);
        var listed = await list.Content.ReadAsStringAsync(Token);
        Assert.DoesNotContain(token, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(PortalInvitations.Hash(token), listed, StringComparison.Ordinal);
        Assert.Equal(["Suzuki", "Sato"], JsonNode.Parse(listed)!.AsArray().Select(i => (string?)i!["recipient"]));
        await ApiClients.ProblemAsync(await lead.PostAsync(invitations, ApiClients.JsonBody(new JsonObject { ["to"] = "x" }), Token), HttpStatusCode.BadRequest);
        await ApiClients.ProblemAsync(await lead.PostAsync(Api("/questionnaires/99/invitations"), ApiClients.JsonBody(new JsonObject()), Token), HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.NoContent, (await lead.DeleteAsync($"{invitations}/{id}", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await lead.DeleteAsync($"{invitations}/{id}", Token)).StatusCode);
        Assert.Equal("revoked", (string?)(await ApiClients.ReadAsync(await lead.GetAsync(invitations, Token)))[0]!["state"]);
        await ApiClients.ProblemAsync(await lead.DeleteAsync($"{invitations}/999", Token), HttpStatusCode.NotFound);
        var otherLink = (long)(await ApiClients.ReadAsync(await lead.GetAsync(Api($"/questionnaires/{other.Number}/invitations"), Token)))[0]!["id"]!;
        await ApiClients.ProblemAsync(await lead.DeleteAsync($"{invitations}/{otherLink}", Token), HttpStatusCode.NotFound);

        var viewer = await ApiClients.ForAsync(factory, "viewer@example.com", "viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(invitations, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync(invitations, ApiClients.JsonBody(new JsonObject()), Token)).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().AuditEntries.Where(a => a.Section == "invitations").OrderBy(a => a.Id).ToListAsync(Token);
        Assert.Equal(["invite", "invite", "invite", "revoke"], audit.Select(a => a.Action)); // two from the test data; one revoke for two DELETEs
        Assert.All(audit, a => Assert.DoesNotContain(token, a.Before + a.After, StringComparison.Ordinal));
        Assert.False(await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().PortalInvitations().AnyAsync(i => i.TokenHash == token, Token));
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_workbook_is_downloaded_and_a_filled_one_imported_all_or_nothing(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var (other, _) = await SupplyTestData.IssueAsync(factory, supplier: "Integrator B", stakeholder: "integrator-b");
        var lead = await ApiClients.ForAsync(factory, "lead@example.com", "security-lead");
        var workbook = Api($"/questionnaires/{q.Number}/workbook");

        var download = await lead.GetAsync(workbook + "?lang=en", Token);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(QuestionnaireWorkbooks.ContentType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"questionnaire-Q-{q.Number}-round-1-en.xlsx", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        var file = await download.Content.ReadAsByteArrayAsync(Token);
        Assert.All(q.Items, i => Assert.Contains(i.TextEn, QuestionnaireExcelWebTests.Texts(file)));
        Assert.Contains(q.Items[0].TextJa, QuestionnaireExcelWebTests.Texts(await lead.GetByteArrayAsync(workbook, Token))); // Japanese by default
        await ApiClients.ProblemAsync(await lead.GetAsync(workbook + "?lang=fr", Token), HttpStatusCode.BadRequest);

        // Another questionnaire's file: 400 naming the problem, nothing stored, the refusal audited.
        var otherFile = QuestionnaireExcelWebTests.Fill(await lead.GetByteArrayAsync(Api($"/questionnaires/{other.Number}/workbook?lang=en"), Token), Language.En, other.Items.Count, null);
        var rejected = await ApiClients.ProblemAsync(await Upload(lead, workbook, otherFile), HttpStatusCode.BadRequest);
        Assert.Equal("QuestionnaireXlsxOtherQuestionnaire", (string?)rejected["errors"]![0]!["code"]);
        Assert.False(string.IsNullOrEmpty((string?)rejected["errors"]![0]!["message"]));
        Assert.Equal(1, await VersionAsync(lead, q.Number));

        // A file over the limit is refused before it is read: 413, and no import is even attempted (no audit row).
        var huge = new byte[(int)QuestionnaireWorkbooks.MaxFileBytes + 1];
        await ApiClients.ProblemAsync(await Upload(lead, workbook, huge), HttpStatusCode.RequestEntityTooLarge);
        await ApiClients.ProblemAsync(await Upload(lead, workbook, []), HttpStatusCode.BadRequest);
        var garbage = await ApiClients.ProblemAsync(await Upload(lead, workbook, "not a workbook"u8.ToArray()), HttpStatusCode.BadRequest);
        Assert.NotNull((string?)garbage["errors"]![0]!["code"]);

        var filled = QuestionnaireExcelWebTests.Fill(file, Language.En, q.Items.Count, "Signed firmware");
        var viewer = await ApiClients.ForAsync(factory, "viewer@example.com", "viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(workbook, Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Upload(viewer, workbook, filled)).StatusCode);

        var imported = await Upload(lead, workbook, filled);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var report = await ApiClients.ReadAsync(imported);
        Assert.Equal(q.Items.Select(i => i.ItemId), report["accepted"]!.AsArray().Select(a => (string?)a!["itemId"]));
        Assert.Equal("Signed firmware", (string?)report["accepted"]![0]!["comment"]);
        Assert.Equal(Tag((int)report["version"]!), imported.Headers.ETag!.Tag);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            var stored = await db.Questionnaires().Include(x => x.Items).SingleAsync(x => x.Id == q.Id, Token);
            Assert.Equal(Questionnaire.Answered, stored.Status);
            Assert.All(stored.Items, i => Assert.Equal(("yes", "lead@example.com"), (i.Answer, i.AnsweredBy)));
            var audit = await db.AuditEntries.Where(a => a.Section == "questionnaires" && a.UserName == "lead@example.com" && a.Action.StartsWith("import")).Select(a => a.Action).ToListAsync(Token);
            Assert.Equal(["import-refused", "import-refused", "import"], audit); // the other file, the garbage; the limit's refusal read nothing

            // Once the review is closed the questionnaire takes no more answers: the file is refused as a whole.
            stored.Status = Questionnaire.JudgedStatus;
            await db.SaveChangesAsync(Token);
        }

        var closed = await ApiClients.ProblemAsync(await Upload(lead, workbook, QuestionnaireExcelWebTests.Fill(file, Language.En, q.Items.Count, "Changed")), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Judged", (string?)closed["code"]);
    }

    private static Task<HttpResponseMessage> Upload(HttpClient client, string url, byte[] file)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(QuestionnaireWorkbooks.ContentType);
        return client.PostAsync(url, content, Token);
    }
}
