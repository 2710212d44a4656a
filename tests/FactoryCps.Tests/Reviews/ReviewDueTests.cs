using FactoryCps.Localization;
using FactoryCps.Reviews;
using static FactoryCps.Tests.Reviews.ReviewFixture;

namespace FactoryCps.Tests.Reviews;

public sealed class ReviewDueTests
{
    private static readonly LastReview Last = new(Previous, new DateOnly(2026, 10, 1), new HashSet<string>(["visualize"], StringComparer.Ordinal));

    private static IReadOnlyList<ReviewCall> Calls(LastReview? last, DateOnly today, string model, ReviewHistory? history = null) =>
        ReviewDue.Calls(last, today, SiteSince, Analyze(model, today).Model, history ?? ReviewHistory.Empty);

    private static readonly DateOnly SiteSince = new(2026, 1, 5);

    [Fact]
    public void A_site_without_any_recorded_review_is_called_to_record_its_first()
    {
        var call = Assert.Single(Calls(null, new DateOnly(2026, 5, 1), Before));

        Assert.Equal((ReviewCallReason.NoneRecorded, SiteSince), (call.Reason, call.Since));
    }

    [Fact]
    public void The_next_date_calls_for_a_review_from_the_day_after_it()
    {
        Assert.Empty(Calls(Last, new DateOnly(2026, 10, 1), Before));

        var call = Assert.Single(Calls(Last, new DateOnly(2026, 10, 2), Before));
        Assert.Equal((ReviewCallReason.NextDatePassed, new DateOnly(2026, 10, 1)), (call.Reason, call.Since));
    }

    [Fact]
    public void An_objective_the_snapshot_lacked_or_adopted_after_the_review_calls_for_one()
    {
        var call = Assert.Single(Calls(Last, new DateOnly(2026, 7, 1), After));
        Assert.Equal((ReviewCallReason.NewObjective, "support", new DateOnly(2026, 6, 15)), (call.Reason, call.Subject, call.Since));

        // Known at the review, but its adoption date was moved after it.
        var moved = Before.Replace("since: 2026-01-10", "since: 2026-05-01", StringComparison.Ordinal);
        Assert.Equal(["visualize"], Calls(Last, new DateOnly(2026, 7, 1), moved).Select(c => c.Subject));
    }

    [Fact]
    public void An_incident_closed_after_the_review_calls_for_one_a_vulnerability_does_not()
    {
        var history = ReviewHistory.Empty with
        {
            Cases =
            [
                Case(1, "high", Previous.AddDays(-20), Previous.AddDays(10), Previous, "damage"),           // closed at the review: already seen
                Case(2, "high", Previous.AddDays(1), Previous.AddDays(30), Previous.AddDays(5), "damage"),
                Case(3, "critical", Previous.AddDays(1), Previous.AddDays(8), Previous.AddDays(6)),          // a vulnerability
                Case(4, "high", Previous.AddDays(1), Previous.AddDays(30), null, "damage"),                   // still open
            ],
        };

        var call = Assert.Single(Calls(Last, new DateOnly(2026, 7, 1), Before, history));
        Assert.Equal((ReviewCallReason.IncidentClosed, "2", new DateOnly(2026, 4, 6)), (call.Reason, call.Subject, call.Since));
    }

    [Fact]
    public void A_blocking_supplier_point_opened_after_the_review_calls_for_one_while_it_is_open()
    {
        var title = new LocalizedText("対応", "Action");
        var history = ReviewHistory.Empty with
        {
            SupplierActions =
            [
                new SupplierActionFact(1, "Maker A", title, true, Previous.AddDays(-1), null, null),             // before the review
                new SupplierActionFact(2, "Maker B", title, false, Previous.AddDays(2), null, null),              // not blocking
                new SupplierActionFact(3, "Maker C", title, true, Previous.AddDays(3), null, Previous.AddDays(4)), // done
                new SupplierActionFact(4, "Maker D", title, true, Previous.AddDays(3), null, null),
            ],
        };

        var call = Assert.Single(Calls(Last, new DateOnly(2026, 7, 1), Before, history));
        Assert.Equal((ReviewCallReason.BlockingSupplierPoint, "Maker D"), (call.Reason, call.Subject));
    }

    [Fact]
    public void Findings_are_one_per_reason_naming_every_subject_in_both_languages()
    {
        var history = ReviewHistory.Empty with
        {
            Cases =
            [
                Case(7, "high", Previous.AddDays(1), Previous.AddDays(30), Previous.AddDays(5), "damage"),
                Case(9, "low", Previous.AddDays(1), Previous.AddDays(30), Previous.AddDays(9), "damage"),
            ],
        };
        var calls = Calls(Last, new DateOnly(2026, 10, 5), After, history);

        var findings = ReviewDue.Findings(calls, c => c.Reason == ReviewCallReason.IncidentClosed ? "#" + c.Subject : c.Subject!);

        Assert.Equal(["review-overdue high", "review-new-objective medium", "review-incident-closed medium"], findings.Select(f => $"{f.Id} {f.Severity}"));
        var incident = findings.Single(f => f.Id == "review-incident-closed");
        Assert.Contains("#7, #9", incident.Message.Ja, StringComparison.Ordinal);
        Assert.Contains("#7, #9", incident.Message.En, StringComparison.Ordinal);
        Assert.Contains("2026-10-01", findings[0].Message.Ja, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Equal("ext:3.3", f.Reference));
    }
}
