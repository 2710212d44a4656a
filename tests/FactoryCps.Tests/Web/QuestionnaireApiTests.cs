using System.Net;
using System.Text.Json.Nodes;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Suppliers.Actions;
using FactoryCps.Web.Suppliers.Portal;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>/api/v1 issuing, judging and closing questionnaires: the pages' services, rules and audit, with If-Match on the questionnaire's version.</summary>
public sealed class QuestionnaireApiTests
{
    internal static string Api(string path) => $"/api/v1/sites/{WebFactory.DemoSite}{path}";

    [Theory]
    [DatabaseProviders]
    public async Task Issuing_answers_201_with_the_next_round_404_for_an_unknown_item_and_409_when_nothing_is_to_be_asked(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var lead = await ApiClients.ForAsync(factory, "lead@example.com", "security-lead");
        var issue = Api($"/suppliers/{q.SupplierId}/items/{q.SuppliedItemId}/questionnaires");

        var issued = await lead.PostAsync(issue, ApiClients.JsonBody(new JsonObject { ["dueDate"] = "2026-09-30" }), Token);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal("\"1\"", issued.Headers.ETag!.Tag);
        var body = await ApiClients.ReadAsync(issued);
        var number = (int)body["summary"]!["number"]!;
        Assert.Equal(Api($"/questionnaires/{number}"), issued.Headers.Location!.OriginalString);
        Assert.Equal(2, (int)body["summary"]!["round"]!);
        Assert.Equal("2026-09-30", (string?)body["summary"]!["dueDate"]);
        Assert.Equal(q.Items.Select(i => i.ItemId), body["questions"]!.AsArray().Select(x => (string?)x!["itemId"]));
        Assert.Equal("incomplete", (string?)body["review"]!["verdict"]);

        var unknownItem = await ApiClients.ProblemAsync(await lead.PostAsync(Api($"/suppliers/{q.SupplierId}/items/999/questionnaires"), ApiClients.JsonBody(new JsonObject()), Token), HttpStatusCode.NotFound);
        Assert.Equal("urn:factorycps:problem:not-found", (string?)unknownItem["type"]);
        await ApiClients.ProblemAsync(await lead.PostAsync(Api($"/suppliers/999/items/{q.SuppliedItemId}/questionnaires"), ApiClients.JsonBody(new JsonObject()), Token), HttpStatusCode.NotFound);
        var badBody = await ApiClients.ProblemAsync(await lead.PostAsync(issue, ApiClients.JsonBody(new JsonObject { ["due"] = "2026-09-30" }), Token), HttpStatusCode.BadRequest);
        Assert.Equal("urn:factorycps:problem:invalid", (string?)badBody["type"]);

        // The catalogue asks nothing about a product in development: 409, and nothing is issued.
        var quiet = await lead.PostAsync(Api($"/suppliers/{q.SupplierId}/items"), ApiClients.JsonBody(new JsonObject { ["name"] = "Custom HMI", ["category"] = "product", ["phase"] = "development" }), Token);
        Assert.Equal(HttpStatusCode.Created, quiet.StatusCode);
        var quietId = (int)(await ApiClients.ReadAsync(quiet))["id"]!;
        var nothing = await ApiClients.ProblemAsync(await lead.PostAsync(Api($"/suppliers/{q.SupplierId}/items/{quietId}/questionnaires"), ApiClients.JsonBody(new JsonObject()), Token), HttpStatusCode.Conflict);
        Assert.Equal("NoQuestions", (string?)nothing["code"]);

        var viewer = await ApiClients.ForAsync(factory, "viewer@example.com", "viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync(issue, ApiClients.JsonBody(new JsonObject()), Token)).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        Assert.Equal(2, await db.Questionnaires().CountAsync(Token));
        var issues = await db.AuditEntries.Where(a => a.Section == "questionnaires" && a.Action == "issue").OrderBy(a => a.Id).Select(a => a.UserName).ToListAsync(Token);
        Assert.Equal(["lead@example.com", "lead@example.com"], issues); // the test data's and the API's; none for the refusals
    }

    [Theory]
    [DatabaseProviders]
    public async Task Judging_and_closing_follow_the_reviews_rules_and_need_the_current_version(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var ids = q.Items.Select(i => i.ItemId).ToList();
        await AnswerAsync(factory, q, (ids[0], AnswerChoice.Yes), (ids[1], AnswerChoice.No));
        var lead = await ApiClients.ForAsync(factory, "lead@example.com", "security-lead");
        var ja = ApiClients.Bare(factory, await factory.TokenForAsync(await factory.AddUserAsync("lead-ja@example.com", false, (WebFactory.DemoSite, "security-lead"))), "ja");
        var version = await VersionAsync(lead, q.Number);

        await ApiClients.ProblemAsync(await Judge(lead, q.Number, ids[0], Accept(), null), HttpStatusCode.PreconditionRequired);
        var stale = await ApiClients.ProblemAsync(await Judge(lead, q.Number, ids[0], Accept(), "\"99\""), HttpStatusCode.PreconditionFailed);
        Assert.Equal(version, (int)stale["currentVersion"]!);
        Assert.Equal(q.Number, (int)stale["current"]!["summary"]!["number"]!);

        // Accepting a "no" needs the condition: the review's rule, named, in the request's language; nothing stored.
        var refused = await ApiClients.ProblemAsync(await Judge(lead, q.Number, ids[1], Accept(), Tag(version)), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("urn:factorycps:problem:refused", "SupplierRuleAcceptNeedsCondition"), ((string?)refused["type"], (string?)refused["code"]));
        Assert.Contains(ids[1], (string?)refused["detail"], StringComparison.Ordinal);
        var refusedJa = await ApiClients.ProblemAsync(await Judge(ja, q.Number, ids[1], Accept(), Tag(version)), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("SupplierRuleAcceptNeedsCondition", (string?)refusedJa["code"]);
        Assert.NotEqual((string?)refused["detail"], (string?)refusedJa["detail"]);
        Assert.Contains(ids[1], (string?)refusedJa["detail"], StringComparison.Ordinal);
        var flagWithoutReason = await ApiClients.ProblemAsync(await Judge(lead, q.Number, ids[1], new JsonObject { ["judgement"] = "flagged" }, Tag(version)), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("SupplierRuleFlagNeedsReason", (string?)flagWithoutReason["code"]);
        var unknownKind = await ApiClients.ProblemAsync(await Judge(lead, q.Number, ids[0], new JsonObject { ["judgement"] = "maybe" }, Tag(version)), HttpStatusCode.BadRequest);
        Assert.Equal(("judgement", "SupplierRuleUnknownJudgement"), ((string?)unknownKind["errors"]![0]!["path"], (string?)unknownKind["errors"]![0]!["code"]));
        await ApiClients.ProblemAsync(await Judge(lead, q.Number, "no-such-question", Accept(), Tag(version)), HttpStatusCode.NotFound);
        await ApiClients.ProblemAsync(await Judge(lead, 99, ids[0], Accept(), Tag(version)), HttpStatusCode.NotFound);
        Assert.Equal(version, await VersionAsync(lead, q.Number));

        var accepted = await Judge(lead, q.Number, ids[0], Accept(), Tag(version));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(Tag(version + 1), accepted.Headers.ETag!.Tag);
        Assert.Equal("accepted", (string?)(await ApiClients.ReadAsync(accepted))["questions"]![0]!["judgement"]);
        var flagged = await Judge(lead, q.Number, ids[1], new JsonObject { ["judgement"] = "flagged", ["note"] = "no date for the fix", ["blocking"] = true }, Tag(version + 1));
        Assert.Equal(HttpStatusCode.OK, flagged.StatusCode);
        version += 2;

        // Closing before every question is judged is refused, and closes nothing.
        var early = await ApiClients.ProblemAsync(await lead.SendAsync(ApiClients.Request(HttpMethod.Post, Api($"/questionnaires/{q.Number}/close"), ifMatch: Tag(version)), Token), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("SupplierRuleCloseIncomplete", (string?)early["code"]);
        await ApiClients.ProblemAsync(await lead.SendAsync(ApiClients.Request(HttpMethod.Post, Api($"/questionnaires/{q.Number}/close")), Token), HttpStatusCode.PreconditionRequired);

        foreach (var id in ids.Skip(2))
        {
            Assert.Equal(HttpStatusCode.OK, (await Judge(lead, q.Number, id, new JsonObject { ["judgement"] = "flagged", ["note"] = "no reply after two reminders" }, Tag(version++))).StatusCode);
        }

        var viewer = await ApiClients.ForAsync(factory, "viewer@example.com", "viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await Judge(viewer, q.Number, ids[0], Accept(), Tag(version))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.SendAsync(ApiClients.Request(HttpMethod.Post, Api($"/questionnaires/{q.Number}/close"), ifMatch: Tag(version)), Token)).StatusCode);

        var closed = await lead.SendAsync(ApiClients.Request(HttpMethod.Post, Api($"/questionnaires/{q.Number}/close"), ifMatch: Tag(version)), Token);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var review = (await ApiClients.ReadAsync(closed))["review"]!;
        Assert.Equal("not-acceptable", (string?)review["verdict"]);
        Assert.Equal(ids.Skip(1), review["openPoints"]!.AsArray().Select(p => (string?)p!["itemId"]));
        Assert.Equal("lead@example.com", (string?)review["closedBy"]);
        var afterClose = await ApiClients.ProblemAsync(await Judge(lead, q.Number, ids[0], Accept(), closed.Headers.ETag!.Tag), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("SupplierRuleClosed", (string?)afterClose["code"]);
        var invitationsBefore = await InvitationCountAsync(factory, q.Id);
        var lateInvitation = await ApiClients.ProblemAsync(await lead.SendAsync(ApiClients.Request(HttpMethod.Post, Api($"/questionnaires/{q.Number}/invitations"), new JsonObject()), Token), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("SupplierRuleClosedNoInvitation", (string?)lateInvitation["code"]);
        Assert.Equal(invitationsBefore, await InvitationCountAsync(factory, q.Id));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        Assert.Equal(Questionnaire.JudgedStatus, (await db.Questionnaires().SingleAsync(x => x.Id == q.Id, Token)).Status);
        Assert.Equal(ids.Skip(1), await db.SupplierActions().OrderBy(a => a.Id).Select(a => a.ItemId).ToListAsync(Token));
        var audit = await db.AuditEntries.Where(a => a.Section == "questionnaires" && a.UserName == "lead@example.com").Select(a => a.Action).ToListAsync(Token);
        Assert.Equal(ids.Count, audit.Count(a => a == "judge")); // one per stored judgement, none for the refusals
        Assert.Single(audit, a => a == "close");
    }

    private static async Task<int> InvitationCountAsync(WebFactory factory, long questionnaireId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().PortalInvitations().CountAsync(i => i.QuestionnaireId == questionnaireId, Token);
    }

    internal static JsonObject Accept() => new() { ["judgement"] = "accepted" };

    internal static string Tag(int version) => $"\"{version}\"";

    internal static Task<HttpResponseMessage> Judge(HttpClient client, int number, string itemId, JsonObject body, string? ifMatch) =>
        client.SendAsync(ApiClients.Request(HttpMethod.Put, Api($"/questionnaires/{number}/items/{itemId}/judgement"), body, ifMatch), Token);

    internal static async Task<int> VersionAsync(HttpClient client, int number)
    {
        var response = await client.GetAsync(Api($"/questionnaires/{number}"), Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return int.Parse(response.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static async Task AnswerAsync(WebFactory factory, Questionnaire q, params (string Item, AnswerChoice Choice)[] answers)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (refusal, _) = await scope.ServiceProvider.GetRequiredService<QuestionnaireDesk>().AnswerAsync(
            q.Id, [.. answers.Select(a => new SupplierAnswer(a.Item, a.Choice, null))], "Sato", SupplyTestData.Lead, Token);
        Assert.Null(refusal);
    }
}
