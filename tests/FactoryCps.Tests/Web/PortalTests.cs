using System.Net;
using System.Security.Cryptography;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers.Portal;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>
/// The supplier portal over HTTP: a link opens a session for one questionnaire, which answers and uploads there
/// and reaches nothing else (404); expired, revoked and unknown links get a page saying so.
/// </summary>
public sealed class PortalTests
{
    private const string OtherSite = "other-plant";

    [Theory]
    [DatabaseProviders]
    public async Task A_supplier_answers_and_uploads_evidence_and_the_site_staff_see_both(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, token) = await SupplyTestData.IssueAsync(factory);
        var portal = await SupplyTestData.PortalClientAsync(factory, token);
        var page = $"/portal/questionnaires/{q.PublicId}";

        var form = await Forms.GetAsync(portal, page, "#answers-form");
        Assert.Equal("Sato", form.Document.QuerySelector("#person")!.GetAttribute("value"));
        var answers = q.Items.Select((item, i) => ($"answer:{item.ItemId}", i == 0 ? "partly" : "yes"))
            .Append(($"comment:{q.Items[0].ItemId}", "Signed firmware from v3.2"))
            .Append(("person", "佐藤 花子"))
            .ToDictionary();
        var saved = await form.SubmitAsync(portal, answers);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var pdf = SupplierRulesTests.Sample("pdf");
        var uploaded = await UploadAsync(portal, page, q.Items[0].ItemId, pdf, "policy.pdf");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            var stored = await db.Questionnaires().Include(x => x.Items).SingleAsync(x => x.Id == q.Id, Token);
            Assert.Equal(Questionnaire.Answered, stored.Status);
            var first = stored.Items.Single(i => i.ItemId == q.Items[0].ItemId);
            Assert.Equal(("partly", "Signed firmware from v3.2", "佐藤 花子 (Maker A)"), (first.Answer, first.Comment, first.AnsweredBy));
            var evidence = await db.EvidenceFiles().SingleAsync(e => e.QuestionnaireId == q.Id, Token);
            Assert.Equal(("policy.pdf", "application/pdf", Convert.ToHexStringLower(SHA256.HashData(pdf))), (evidence.FileName, evidence.ContentType, evidence.Sha256));
            var audit = await db.AuditEntries.Where(a => a.Section == "questionnaires" || a.Section == "evidence" || a.Section == "invitations").Select(a => a.Action + " " + a.UserName).ToListAsync(Token);
            Assert.Contains("invite lead@example.com", audit);
            Assert.Contains(audit, a => a.StartsWith("answer portal:", StringComparison.Ordinal) && a.Contains("佐藤 花子", StringComparison.Ordinal));
            Assert.Contains(audit, a => a.StartsWith("upload portal:", StringComparison.Ordinal));
        }

        // The supplier sees their file; the staff see the answers and download the same bytes.
        var shown = await Forms.PageAsync(portal, page);
        var link = shown.QuerySelector("#evidence .evidence-link")!.GetAttribute("href")!;
        Assert.Equal(pdf, await portal.GetByteArrayAsync(link, Token));

        await factory.AddUserAsync("viewer@example.com", false, (WebFactory.DemoSite, "viewer"));
        var staff = await factory.SignedInClientAsync("viewer@example.com");
        var staffPage = await Forms.PageAsync(staff, $"/sites/{WebFactory.DemoSite}/questionnaires/{q.Number}");
        Assert.Contains("Signed firmware from v3.2", staffPage.QuerySelector($"#question-{q.Items[0].ItemId} .comment")!.TextContent, StringComparison.Ordinal);
        var staffLink = staffPage.QuerySelector(".evidence-link")!.GetAttribute("href")!;
        Assert.Equal(pdf, await staff.GetByteArrayAsync(staffLink, Token));
        Assert.Null(staffPage.QuerySelector("#invite-form")); // a viewer reads, but does not invite
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_portal_session_finds_nothing_but_its_own_questionnaire(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<SiteModelStore>().ImportAsync($"format: 1\nsite: {{ id: {OtherSite} }}\n", "other.yaml", SupplyTestData.Lead, Token);
            Assert.True(created.Succeeded);
        }

        var (mine, token) = await SupplyTestData.IssueAsync(factory);
        var (sameSite, _) = await SupplyTestData.IssueAsync(factory, supplier: "Integrator B", stakeholder: "integrator-b");
        var (otherSite, _) = await SupplyTestData.IssueAsync(factory, OtherSite, "Cloud C", null);
        await SupplyTestData.AddEvidenceAsync(factory, sameSite, SupplierRulesTests.Sample("pdf"), "theirs.pdf");
        await SupplyTestData.AddEvidenceAsync(factory, otherSite, SupplierRulesTests.Sample("png"), "other-site.png");
        long foreignEvidence;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            foreignEvidence = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().EvidenceFiles().Where(e => e.QuestionnaireId == sameSite.Id).Select(e => e.Id).SingleAsync(Token);
        }

        var portal = await SupplyTestData.PortalClientAsync(factory, token);
        var own = $"/portal/questionnaires/{mine.PublicId}";
        Assert.Equal(HttpStatusCode.OK, (await portal.GetAsync(own, Token)).StatusCode);

        string[] elsewhere =
        [
            $"/portal/questionnaires/{sameSite.PublicId}",
            $"/portal/questionnaires/{otherSite.PublicId}",
            $"/portal/questionnaires/{sameSite.PublicId}?handler=evidence&evidence={foreignEvidence}",
            $"{own}?handler=evidence&evidence={foreignEvidence}",
            "/",
            "/advisories",
            "/account/tokens",
            $"/sites/{WebFactory.DemoSite}",
            $"/sites/{WebFactory.DemoSite}/suppliers",
            $"/sites/{WebFactory.DemoSite}/questionnaires/{mine.Number}",
            $"/sites/{WebFactory.DemoSite}/questionnaires/{sameSite.Number}?handler=evidence&evidence={foreignEvidence}",
            $"/sites/{OtherSite}/suppliers",
            $"/sites/{WebFactory.DemoSite}/export.json",
            "/api/v1/sites",
            $"/api/v1/sites/{WebFactory.DemoSite}/questionnaires/{mine.Number}",
            $"/api/v1/sites/{WebFactory.DemoSite}/suppliers",
        ];
        var failures = new List<string>();
        foreach (var url in elsewhere)
        {
            var status = (await portal.GetAsync(url, Token)).StatusCode;
            if (status != HttpStatusCode.NotFound)
            {
                failures.Add($"GET {url}: {(int)status}");
            }
        }

        // Changes elsewhere too: answering another questionnaire, even with a valid anti-forgery token of the session.
        var form = await Forms.GetAsync(portal, own, "#answers-form");
        var post = new FormUrlEncodedContent([new("__RequestVerificationToken", form.Form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), new("person", "x"), new($"answer:{sameSite.Items[0].ItemId}", "yes")]);
        var foreignPost = await portal.PostAsync($"/portal/questionnaires/{sameSite.PublicId}?handler=answers", post, Token);
        if (foreignPost.StatusCode != HttpStatusCode.NotFound)
        {
            failures.Add($"POST answers to another questionnaire: {(int)foreignPost.StatusCode}");
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().QuestionnaireItems().AnyAsync(i => i.Answer != null, Token));
        }
    }

    [Theory]
    [DatabaseProviders]
    public async Task Revoked_expired_and_unknown_links_get_a_page_saying_so_and_a_revoked_link_ends_its_session(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, token) = await SupplyTestData.IssueAsync(factory);
        var portal = await SupplyTestData.PortalClientAsync(factory, token);
        var own = $"/portal/questionnaires/{q.PublicId}";

        await factory.AddUserAsync("lead@example.com", false, (WebFactory.DemoSite, "security-lead"));
        var lead = await factory.SignedInClientAsync("lead@example.com");
        var staffPage = $"/sites/{WebFactory.DemoSite}/questionnaires/{q.Number}";
        var revoke = await Forms.GetAsync(lead, staffPage, "form.revoke-form");
        Assert.Equal(HttpStatusCode.OK, (await revoke.SubmitAsync(lead, [])).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await portal.GetAsync(own, Token)).StatusCode);
        var revoked = await portal.GetAsync($"/portal/invite/{token}", Token);
        Assert.Equal(HttpStatusCode.Gone, revoked.StatusCode);
        Assert.Equal("revoked", Forms.Parse(await revoked.Content.ReadAsStringAsync(Token)).QuerySelector("#link-refused")!.GetAttribute("data-state"));

        // A new link for the same questionnaire, past its expiry: refused on the page, and no session opened by posting.
        var invite = await Forms.GetAsync(lead, staffPage, "#invite-form");
        var created = Forms.Parse(await (await invite.SubmitAsync(lead, new() { ["recipient"] = "Suzuki" })).Content.ReadAsStringAsync(Token));
        var link = created.QuerySelector("#invitation-link")!.TextContent;
        var second = link[(link.IndexOf("/portal/invite/", StringComparison.Ordinal) + "/portal/invite/".Length)..];
        Assert.Equal(HttpStatusCode.OK, (await portal.GetAsync($"/portal/invite/{second}", Token)).StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            var stored = await db.PortalInvitations().SingleAsync(i => i.Recipient == "Suzuki", Token);
            Assert.Equal(PortalInvitations.Hash(second), stored.TokenHash); // only the hash is kept
            stored.ExpiresAt = stored.CreatedAt.AddMinutes(-1);
            await db.SaveChangesAsync(Token);
        }

        var expired = await portal.GetAsync($"/portal/invite/{second}", Token);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Equal("expired", Forms.Parse(await expired.Content.ReadAsStringAsync(Token)).QuerySelector("#link-refused")!.GetAttribute("data-state"));
        var antiforgery = Forms.Parse(await expired.Content.ReadAsStringAsync(Token)).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        var opened = await portal.PostAsync($"/portal/invite/{second}", new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery)]), Token);
        Assert.Equal(HttpStatusCode.Gone, opened.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await portal.GetAsync(own, Token)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await portal.GetAsync("/portal/invite/fcpi_not-a-real-token", Token)).StatusCode);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Evidence_over_the_limit_or_of_another_type_is_refused_and_nothing_is_stored(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider, settings: new() { ["Fcps:Suppliers:EvidenceMaxBytes"] = "65536" });
        var (q, token) = await SupplyTestData.IssueAsync(factory);
        var portal = await SupplyTestData.PortalClientAsync(factory, token);
        var page = $"/portal/questionnaires/{q.PublicId}";
        var item = q.Items[0].ItemId;

        var large = await UploadAsync(portal, page, item, [.. SupplierRulesTests.Sample("pdf"), .. new byte[65536]], "large.pdf");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal(item, Forms.Parse(await large.Content.ReadAsStringAsync(Token)).QuerySelector("#portal-error")!.GetAttribute("data-item"));

        var program = await UploadAsync(portal, page, item, SupplierRulesTests.Sample("exe"), "certificate.pdf");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, program.StatusCode);

        var unknownItem = await UploadAsync(portal, page, "no-such-item", SupplierRulesTests.Sample("pdf"), "a.pdf");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownItem.StatusCode);

        var text = SupplierRulesTests.Sample("text");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(portal, page, item, text, "iso27001.txt")).StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().EvidenceFiles().SingleAsync(Token);
        Assert.Equal(("text/plain", text.Length, Convert.ToHexStringLower(SHA256.HashData(text))), (stored.ContentType, (int)stored.Size, stored.Sha256));
        Assert.Equal(text, stored.Content);
    }

    [Theory]
    [DatabaseProviders]
    public async Task Answers_without_the_session_anti_forgery_token_are_refused(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, token) = await SupplyTestData.IssueAsync(factory);
        var portal = await SupplyTestData.PortalClientAsync(factory, token);
        var forged = await portal.PostAsync(
            $"/portal/questionnaires/{q.PublicId}?handler=answers",
            new FormUrlEncodedContent([new("person", "x"), new($"answer:{q.Items[0].ItemId}", "yes")]),
            Token);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().QuestionnaireItems().AnyAsync(i => i.Answer != null, Token));
    }

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient portal, string page, string item, byte[] content, string fileName)
    {
        var form = await Forms.GetAsync(portal, page, "#upload-form");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(form.Form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent("佐藤 花子"), "person" },
            { new StringContent(item), "item" },
            { new ByteArrayContent(content), "file", fileName },
        };
        return await portal.PostAsync($"{page}?handler=upload", body);
    }
}
