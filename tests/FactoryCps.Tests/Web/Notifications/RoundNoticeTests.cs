using System.Net;
using System.Text.Json.Nodes;
using FactoryCps.Web.Checklists;
using FactoryCps.Web.Data;
using FactoryCps.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static FactoryCps.Tests.Web.ApiClients;

namespace FactoryCps.Tests.Web.Notifications;

/// <summary>
/// What rounds tell people: a round assigned (each person named, each holder of a role named, once), an answer
/// sent back (its answerer, whether the page or the API asked again), and the reminders of rounds falling due or
/// overdue on a fixed clock (once each, none for a closed round).
/// </summary>
public sealed class RoundNoticeTests
{
    private static string Rounds(string path = "") => AssessmentApiTests.Rounds(path);

    private static JsonObject NewRound(string title, string due, params JsonObject[] assignments) => new()
    {
        ["title"] = title,
        ["dueDate"] = due,
        ["scope"] = new JsonObject { ["zones"] = new JsonArray(), ["steps"] = new JsonArray(), ["groups"] = new JsonArray("network") },
        ["assignments"] = new JsonArray([.. assignments]),
    };

    [Theory]
    [DatabaseProviders]
    public async Task A_round_assigned_by_the_api_or_the_page_tells_each_assignee_once_with_the_link_and_words_in_their_language(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        var ken = await factory.AddUserAsync("ken@example.com", false, (Site, "engineer"));
        var amy = await factory.AddUserAsync("amy@example.com", false, (Site, "engineer"));
        var mari = await factory.AddUserAsync("mari@example.com", false, (Site, "site-manager"));
        var vic = await factory.AddUserAsync("vic@example.com", false, (Site, "viewer"));

        // The engineers by their role, Mari by name (spelt in capitals) for line 2's zone: one notice each; the
        // viewer and the lead who made the round are not told.
        var created = await lead.SendAsync(Request(HttpMethod.Post, Rounds(), NewRound("2026 上期", "2027-01-31",
            new() { ["group"] = "network", ["role"] = "engineer" },
            new() { ["group"] = "network", ["zone"] = "control-line2", ["user"] = "MARI@example.com" })), ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var rows = await Notices.RowsAsync(factory);
        Assert.Equal(new[] { amy.Id, ken.Id, mari.Id }.Order(), rows.Select(r => r.UserId).Order());
        Assert.All(rows, r => Assert.Equal((RoundNotices.Assigned, "2026 上期", "/sites/kawasaki/assessments/1", new DateTimeOffset(2027, 1, 31, 0, 0, 0, TimeSpan.Zero)), (r.Kind, r.Subject, r.Link, r.Due)));
        Assert.DoesNotContain(rows, r => r.UserId == vic.Id);

        // In the reader's language: Japanese for Ken, English for Amy.
        var kens = await ReadAsync(await Bare(factory, await factory.TokenForAsync(ken), "ja").GetAsync("/api/v1/inbox", ct));
        Assert.Equal(("自己点検の担当になりました", "/sites/kawasaki/assessments/1"), ((string?)kens["items"]![0]!["words"], (string?)kens["items"]![0]!["link"]));
        var amys = await ReadAsync(await Bare(factory, await factory.TokenForAsync(amy)).GetAsync("/api/v1/inbox", ct));
        Assert.Equal("Self-assessment round assigned to you", (string?)amys["items"]![0]!["words"]);

        // The page creates through the same desk: round 2, its engineers told once.
        await factory.AddUserAsync("lead2@example.com", false, (Site, "security-lead"));
        var page = await factory.SignedInClientAsync("lead2@example.com");
        var form = await Forms.GetAsync(page, $"/sites/{Site}/assessments/new", "#new-round-form");
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(page, new() { ["title"] = "2026 下期", ["due"] = "2027-07-31", ["groups"] = "network", ["who:g:network"] = "role:engineer" })).StatusCode);
        var second = (await Notices.RowsAsync(factory)).Where(r => r.Link == "/sites/kawasaki/assessments/2").ToList();
        Assert.Equal(new[] { amy.Id, ken.Id }.Order(), second.Select(r => r.UserId).Order());
        Assert.All(second, r => Assert.Equal(RoundNotices.Assigned, r.Kind));
    }

    [Theory]
    [DatabaseProviders]
    public async Task Asking_again_by_the_api_or_the_page_tells_the_answerer_once_per_review(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        var ken = await factory.AddUserAsync("ken@example.com", false, (Site, "engineer"));
        var kenApi = Bare(factory, await factory.TokenForAsync(ken));
        await factory.AddUserAsync("amy@example.com", false, (Site, "engineer"));
        Assert.Equal(HttpStatusCode.Created, (await lead.SendAsync(Request(HttpMethod.Post, Rounds(), NewRound("2026 上期", "2027-01-31")), ct)).StatusCode);
        foreach (var id in new[] { "q-cm-net-segmentation", "q-cm-net-dmz" })
        {
            Assert.Equal(HttpStatusCode.OK, (await kenApi.SendAsync(Request(HttpMethod.Put, AssessmentApiTests.Answer(1, id), new JsonObject { ["level"] = 2 }, "\"1\""), ct)).StatusCode);
        }

        Assert.Empty(await Notices.RowsAsync(factory));

        // The API asks again: Ken is told, with a link to the round.
        var review = Rounds("/1/questions/q-cm-net-segmentation/review");
        Assert.Equal(HttpStatusCode.OK, (await lead.SendAsync(Request(HttpMethod.Put, review, new JsonObject { ["review"] = "asked-again", ["note"] = "Which lines?" }, "\"2\""), ct)).StatusCode);
        var returned = Assert.Single(await Notices.RowsAsync(factory));
        Assert.Equal((ken.Id, RoundNotices.Returned, "/sites/kawasaki/assessments/1"), (returned.UserId, returned.Kind, returned.Link));

        // The same review again changes nothing and tells nobody again.
        Assert.Equal(HttpStatusCode.OK, (await lead.SendAsync(Request(HttpMethod.Put, review, new JsonObject { ["review"] = "asked-again", ["note"] = "Which lines?" }, "\"3\""), ct)).StatusCode);
        Assert.Single(await Notices.RowsAsync(factory));

        // The page asks again about the other answer: a new review, a second notice; accepting tells nobody.
        var lead2 = await factory.AddUserAsync("lead2@example.com", false, (Site, "security-lead"));
        var page = await factory.SignedInClientAsync(lead2.Email!);
        var form = await Forms.GetAsync(page, $"/sites/{Site}/assessments/1/review?part=g%3Anetwork", "#review-form");
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(page, new() { ["review:q-cm-net-dmz"] = RoundQuestion.AskedAgain, ["note:q-cm-net-dmz"] = "Which DMZ?" })).StatusCode);
        form = await Forms.GetAsync(page, $"/sites/{Site}/assessments/1/review?part=g%3Anetwork", "#review-form");
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(page, new() { ["review:q-cm-net-segmentation"] = RoundQuestion.Accepted })).StatusCode);

        var rows = await Notices.RowsAsync(factory);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal((ken.Id, RoundNotices.Returned), (r.UserId, r.Kind)));
        Assert.Equal(2, rows.Select(r => r.Key).Distinct().Count());
    }

    [Theory]
    [DatabaseProviders]
    public async Task Rounds_due_within_a_week_or_overdue_remind_once_and_closed_rounds_never(string provider)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 1, 20, 9, 0, 0, TimeSpan.Zero));
        // The schedule's own timer is off: each tick is run here, on the fixed clock.
        await using var factory = await WebFactory.CreateAsync(provider, settings: new() { [ReminderSchedule.IntervalSetting] = "0" }, time: time);
        var ct = TestContext.Current.CancellationToken;
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        var leadId = (await UserIdAsync(factory, "lead@example.com"))!;
        var ken = await factory.AddUserAsync("ken@example.com", false, (Site, "engineer"));
        var engineers = new JsonObject { ["group"] = "network", ["role"] = "engineer" };
        foreach (var (title, due) in new[] { ("far", "2027-01-31"), ("soon", "2027-01-25"), ("late", "2027-01-30"), ("closed", "2027-01-24") })
        {
            Assert.Equal(HttpStatusCode.Created, (await lead.SendAsync(Request(HttpMethod.Post, Rounds(), NewRound(title, due, engineers.DeepClone().AsObject())), ct)).StatusCode);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            await db.AssessmentRounds.Where(r => r.Title == "late").ExecuteUpdateAsync(r => r.SetProperty(x => x.DueDate, new DateOnly(2027, 1, 15)), ct);
            await db.AssessmentRounds.Where(r => r.Title == "closed").ExecuteUpdateAsync(r => r.SetProperty(x => x.State, AssessmentRound.Closed), ct);
            await db.InboxNotices.ExecuteDeleteAsync(ct); // the assignments' notices: only reminders are looked at here
        }

        var schedule = factory.Services.GetRequiredService<ReminderSchedule>();
        await schedule.RunAsync(ct);
        var first = await RemindersAsync(factory);
        Assert.Equal(
            new[] { (ken.Id, RoundNotices.Due, "soon"), (ken.Id, RoundNotices.Overdue, "late"), (leadId, RoundNotices.Due, "soon"), (leadId, RoundNotices.Overdue, "late") }.Order(),
            first.Select(r => (r.UserId, r.Kind, r.Subject)).Order());
        Assert.Equal(new DateTimeOffset(2027, 1, 25, 0, 0, 0, TimeSpan.Zero), first.First(r => r.Subject == "soon").Due);

        // The next tick, an hour later, finds the same rounds: nobody is reminded twice.
        time.Advance(TimeSpan.FromHours(1));
        await schedule.RunAsync(ct);
        Assert.Equal(first.Select(r => r.Id), (await RemindersAsync(factory)).Select(r => r.Id));

        // Once "soon" is past its date it is overdue: one more reminder each, and the far one now falls due.
        time.Advance(TimeSpan.FromDays(6));
        await schedule.RunAsync(ct);
        await schedule.RunAsync(ct);
        var later = await RemindersAsync(factory);
        Assert.Equal(first.Count + 4, later.Count);
        Assert.Equal(2, later.Count(r => r.Subject == "soon" && r.Kind == RoundNotices.Overdue));
        Assert.Equal(2, later.Count(r => r.Subject == "far" && r.Kind == RoundNotices.Due));
        Assert.DoesNotContain(later, r => r.Subject == "closed");
    }

    private static async Task<List<InboxNotice>> RemindersAsync(WebFactory factory) =>
        [.. (await Notices.RowsAsync(factory)).Where(r => r.Kind is RoundNotices.Due or RoundNotices.Overdue)];

    private static async Task<string?> UserIdAsync(WebFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleOrDefaultAsync(Token);
    }
}
