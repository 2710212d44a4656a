using System.Net;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Suppliers.Actions;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FactoryCps.Tests.Web.QuestionnaireApiTests;

namespace FactoryCps.Tests.Web;

/// <summary>
/// Two people judging one questionnaire at once: the second save is "changed meanwhile" — 412 in the API, a notice
/// and the current state on the page, and in the service itself when both read before either wrote — and nothing of
/// it is stored, neither the judgement nor its audit row.
/// </summary>
public sealed class ConcurrentJudgingTests
{
    [Theory]
    [DatabaseProviders]
    public async Task The_api_answers_412_with_the_current_questionnaire_to_the_second_of_two_judges(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var ids = q.Items.Select(i => i.ItemId).ToList();
        await AnswerAsync(factory, q, (ids[0], AnswerChoice.Yes), (ids[1], AnswerChoice.Yes));
        var first = await ApiClients.ForAsync(factory, "lead@example.com", "security-lead");
        var second = await ApiClients.ForAsync(factory, "manager@example.com", "site-manager");
        var version = await VersionAsync(first, q.Number);
        Assert.Equal(version, await VersionAsync(second, q.Number));

        Assert.Equal(HttpStatusCode.OK, (await Judge(first, q.Number, ids[0], Accept(), Tag(version))).StatusCode);
        var late = await ApiClients.ProblemAsync(await Judge(second, q.Number, ids[1], Accept(), Tag(version)), HttpStatusCode.PreconditionFailed);

        Assert.Equal(version + 1, (int)late["currentVersion"]!);
        Assert.Equal("accepted", (string?)late["current"]!["questions"]![0]!["judgement"]);
        Assert.Null((string?)late["current"]!["questions"]![1]!["judgement"]);
        Assert.Equal(1, await JudgeAuditsAsync(factory));
    }

    [Theory]
    [DatabaseProviders]
    public async Task The_page_shows_a_changed_meanwhile_notice_and_the_current_state_to_the_second_of_two_judges(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var ids = q.Items.Select(i => i.ItemId).ToList();
        await AnswerAsync(factory, q, (ids[0], AnswerChoice.Yes), (ids[1], AnswerChoice.Yes));
        await factory.AddUserAsync("lead@example.com", false, (WebFactory.DemoSite, "security-lead"));
        await factory.AddUserAsync("manager@example.com", false, (WebFactory.DemoSite, "site-manager"));
        var lead = await factory.SignedInClientAsync("lead@example.com");
        var manager = await factory.SignedInClientAsync("manager@example.com");
        var page = $"/sites/{WebFactory.DemoSite}/questionnaires/{q.Number}";

        // Both open the page; the manager judges first, then the lead sends the form of the page shown before.
        var leadForm = await Forms.GetAsync(lead, page, $"form[id='judge-{ids[1]}']");
        var managerForm = await Forms.GetAsync(manager, page, $"form[id='judge-{ids[0]}']");
        Assert.Equal(HttpStatusCode.Redirect, (await managerForm.SubmitAsync(manager, new() { ["judgement"] = "accepted" })).StatusCode);
        var late = await leadForm.SubmitAsync(lead, new() { ["judgement"] = "flagged", ["note"] = "no support period" });

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var shown = Forms.Parse(await late.Content.ReadAsStringAsync(Token));
        Assert.NotNull(shown.QuerySelector("#judgement-changed"));
        Assert.Equal("accepted", shown.QuerySelector($"tr[id='question-{ids[0]}'] td.judgement")!.GetAttribute("data-judgement"));
        Assert.Equal("", shown.QuerySelector($"tr[id='question-{ids[1]}'] td.judgement")!.GetAttribute("data-judgement") ?? "");
        Assert.Equal(1, await JudgeAuditsAsync(factory));

        // The reloaded form carries the current version: judging again from it is saved.
        var again = await Forms.GetAsync(lead, page, $"form[id='judge-{ids[1]}']");
        Assert.Equal(HttpStatusCode.Redirect, (await again.SubmitAsync(lead, new() { ["judgement"] = "flagged", ["note"] = "no support period" })).StatusCode);
        Assert.Equal(2, await JudgeAuditsAsync(factory));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Two_judgements_that_both_read_before_either_saved_leave_only_the_first(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var ids = q.Items.Select(i => i.ItemId).ToList();
        await AnswerAsync(factory, q, (ids[0], AnswerChoice.Yes), (ids[1], AnswerChoice.Yes));

        // The slow request has read the questionnaire (its context tracks version 1) when the fast one saves.
        await using var slow = factory.Services.CreateAsyncScope();
        var read = await slow.ServiceProvider.GetRequiredService<FcpsDbContext>().Questionnaires().Include(x => x.Items).SingleAsync(x => x.Id == q.Id, Token);
        await using (var fast = factory.Services.CreateAsyncScope())
        {
            var done = await fast.ServiceProvider.GetRequiredService<QuestionnaireJudging>().JudgeAsync(q.SiteId, q.Number, read.Version, new AnswerJudgement(ids[0], JudgementKind.Accepted, null), SupplyTestData.Lead, Token);
            Assert.True(done.Succeeded);
        }

        var outcome = await slow.ServiceProvider.GetRequiredService<QuestionnaireJudging>().JudgeAsync(
            q.SiteId, q.Number, read.Version, new AnswerJudgement(ids[1], JudgementKind.Flagged, "no support period"), SupplyTestData.Lead, Token);

        Assert.True(outcome.ChangedMeanwhile);
        Assert.False(outcome.Succeeded);
        await using var check = factory.Services.CreateAsyncScope();
        var stored = await check.ServiceProvider.GetRequiredService<FcpsDbContext>().QuestionnaireItems().Where(i => i.QuestionnaireId == q.Id).OrderBy(i => i.Position).ToListAsync(Token);
        Assert.Equal(("accepted", (string?)null), (stored[0].Judgement, stored[1].Judgement));
        Assert.Equal(1, await JudgeAuditsAsync(factory));

        // Closing races a supplier's new answer: the closer has read every question judged, the answer withdraws a judgement.
        await using (var fast = factory.Services.CreateAsyncScope())
        {
            var judging = fast.ServiceProvider.GetRequiredService<QuestionnaireJudging>();
            foreach (var id in ids.Skip(1))
            {
                Assert.True((await judging.JudgeAsync(q.SiteId, q.Number, null, new AnswerJudgement(id, JudgementKind.Flagged, "no reply"), SupplyTestData.Lead, Token)).Succeeded);
            }
        }

        await using var closer = factory.Services.CreateAsyncScope();
        await closer.ServiceProvider.GetRequiredService<FcpsDbContext>().Questionnaires().Include(x => x.Items).SingleAsync(x => x.Id == q.Id, Token);
        await AnswerAsync(factory, q, (ids[0], AnswerChoice.No));
        var closing = await closer.ServiceProvider.GetRequiredService<QuestionnaireJudging>().CloseAsync(await SupplyTestData.SiteOfAsync(closer.ServiceProvider, q), q.Number, null, SupplyTestData.Lead, Token);

        Assert.True(closing.ChangedMeanwhile);
        await using var after = factory.Services.CreateAsyncScope();
        var db = after.ServiceProvider.GetRequiredService<FcpsDbContext>();
        Assert.NotEqual(Questionnaire.JudgedStatus, (await db.Questionnaires().AsNoTracking().SingleAsync(x => x.Id == q.Id, Token)).Status);
        Assert.False(await db.SupplierActions().AnyAsync(Token));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == "close", Token));
    }

    [Theory]
    [DatabaseProviders]
    public async Task A_supplier_answer_that_read_before_a_judgement_was_saved_is_refused_as_changed_meanwhile(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var (q, _) = await SupplyTestData.IssueAsync(factory);
        var ids = q.Items.Select(i => i.ItemId).ToList();
        await AnswerAsync(factory, q, (ids[0], AnswerChoice.Yes));
        var answersBefore = await AuditsAsync(factory, "answer");

        // The supplier's request has read the questionnaire (its context tracks the version) when the plant's judgement saves.
        await using var supplier = factory.Services.CreateAsyncScope();
        await supplier.ServiceProvider.GetRequiredService<FcpsDbContext>().Questionnaires().Include(x => x.Items).SingleAsync(x => x.Id == q.Id, Token);
        await using (var plant = factory.Services.CreateAsyncScope())
        {
            Assert.True((await plant.ServiceProvider.GetRequiredService<QuestionnaireJudging>().JudgeAsync(q.SiteId, q.Number, null, new AnswerJudgement(ids[0], JudgementKind.Accepted, null), SupplyTestData.Lead, Token)).Succeeded);
        }

        var (refusal, _) = await supplier.ServiceProvider.GetRequiredService<QuestionnaireDesk>().AnswerAsync(
            q.Id, [new SupplierAnswer(ids[1], AnswerChoice.No, "late answer")], "Sato", SupplyTestData.Lead, Token);

        Assert.Equal(QuestionnaireRefusal.ChangedMeanwhile, refusal);
        await using var check = factory.Services.CreateAsyncScope();
        var stored = await check.ServiceProvider.GetRequiredService<FcpsDbContext>().QuestionnaireItems().Where(i => i.QuestionnaireId == q.Id).OrderBy(i => i.Position).ToListAsync(Token);
        Assert.Equal(("accepted", (string?)null), (stored[0].Judgement, stored[1].Answer));
        Assert.Equal(answersBefore, await AuditsAsync(factory, "answer"));
    }

    private static async Task<int> AuditsAsync(WebFactory factory, string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().AuditEntries.CountAsync(a => a.Section == "questionnaires" && a.Action == action, Token);
    }

    private static async Task<int> JudgeAuditsAsync(WebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().AuditEntries.CountAsync(a => a.Section == "questionnaires" && a.Action == "judge", Token);
    }
}
