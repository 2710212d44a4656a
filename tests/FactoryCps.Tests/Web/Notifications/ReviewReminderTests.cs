using System.Net;
using System.Text.Json.Nodes;
using FactoryCps.Web.Notifications;
using FactoryCps.Web.Reviews;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static FactoryCps.Tests.Web.ApiClients;

namespace FactoryCps.Tests.Web.Notifications;

/// <summary>The calls for a PDCA review in the inbox of those who record reviews: once per set of reasons and date, none after a review is recorded.</summary>
public sealed class ReviewReminderTests
{
    [Theory]
    [DatabaseProviders]
    public async Task A_called_for_review_reminds_those_who_record_reviews_once_until_one_is_recorded(string provider)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        // The schedule's own timer is off: each tick is run here, on the fixed clock.
        await using var factory = await WebFactory.CreateAsync(provider, settings: new() { [ReminderSchedule.IntervalSetting] = "0" }, time: time);
        var ct = TestContext.Current.CancellationToken;
        var lead = await ForAsync(factory, "lead@example.com", "security-lead");
        var manager = await factory.AddUserAsync("manager@example.com", false, (Site, "site-manager"));
        var engineer = await factory.AddUserAsync("engineer@example.com", false, (Site, "engineer"));
        var schedule = factory.Services.GetRequiredService<ReminderSchedule>();

        // No review recorded yet: the lead and the site manager are reminded, the engineer (who may not record one) is not.
        await schedule.RunAsync(ct);
        var first = await RemindersAsync(factory);
        Assert.Equal(2, first.Count);
        Assert.Contains(first, r => r.UserId == manager.Id);
        Assert.DoesNotContain(first, r => r.UserId == engineer.Id);
        Assert.All(first, r => Assert.Equal($"/sites/{Site}/reviews", r.Link));

        // The next day the same call stands: nobody is reminded twice.
        time.Advance(TimeSpan.FromDays(1));
        await schedule.RunAsync(ct);
        Assert.Equal(first.Select(r => r.Id), (await RemindersAsync(factory)).Select(r => r.Id));

        // A review recorded: nothing calls for one until its next date.
        var body = new JsonObject
        {
            ["kind"] = "periodic",
            ["heldOn"] = "2026-12-02",
            ["nextReview"] = "2027-06-01",
            ["decisions"] = "続ける",
            ["participants"] = new JsonArray(new JsonObject { ["name"] = "山田" }),
        };
        Assert.Equal(HttpStatusCode.Created, (await lead.SendAsync(Request(HttpMethod.Post, $"/api/v1/sites/{Site}/reviews", body), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lead.SendAsync(Request(HttpMethod.Post, $"/api/v1/sites/{Site}/reviews/1/close", ifMatch: "\"1\""), ct)).StatusCode);
        time.Advance(TimeSpan.FromDays(30));
        await schedule.RunAsync(ct);
        Assert.Equal(2, (await RemindersAsync(factory)).Count);

        // Past the next date: one new reminder each, for the overdue review.
        time.Advance(TimeSpan.FromDays(200));
        await schedule.RunAsync(ct);
        await schedule.RunAsync(ct);
        Assert.Equal(4, (await RemindersAsync(factory)).Count);
    }

    private static async Task<List<InboxNotice>> RemindersAsync(WebFactory factory) =>
        [.. (await Notices.RowsAsync(factory)).Where(r => r.Kind == ReviewReminders.Kind)];
}
