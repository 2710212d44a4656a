using FactoryCps.Localization;
using FactoryCps.Reviews;
using static FactoryCps.Tests.Reviews.ReviewFixture;

namespace FactoryCps.Tests.Reviews;

public sealed class ReviewInputGatheringTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static ReviewInputs Gather(ReviewHistory history, ReviewPeriod? period = null, bool firstReview = false)
    {
        var p = period ?? Period;
        var day = Day(p.To);
        return ReviewInputGathering.Gather(p, firstReview ? null : Analyze(Before, day), Analyze(After, day), history, Catalogue);
    }

    [Fact]
    public void The_model_diff_finding_and_status_changes_are_against_the_previous_snapshot()
    {
        var inputs = Gather(ReviewHistory.Empty);

        Assert.NotNull(inputs.ModelChanges);
        Assert.Contains(inputs.ModelChanges.Elements, e => e is { List: "assets", Id: "tablet", Change: "added" });
        Assert.Contains(inputs.ModelChanges.Elements, e => e is { List: "objectives", Id: "support", Change: "added" });
        Assert.Contains(inputs.FindingsOpened, f => f.Id == "unbound-asset" && f.Subject == "tablet");
        Assert.DoesNotContain(inputs.FindingsOpened, f => f.Id == "unbound-asset" && f.Subject != "tablet");
        Assert.Equal(
            ["net-dmz:  -> planned", "net-segmentation: planned -> implemented", "ops-pdca-review: missing -> "],
            inputs.StatusChanges.Select(s => $"{s.Key}: {s.Before} -> {s.After}"));
    }

    [Fact]
    public void A_removed_element_is_named_by_the_snapshot_and_an_added_one_by_the_model()
    {
        var day = Day(Now);
        var before = Before.Replace("{ id: visualize, kind: visualization, since: 2026-01-10 }", "{ id: visualize, name: 稼働の見える化, kind: visualization, since: 2026-01-10 }", StringComparison.Ordinal);
        var after = After
            .Replace("  - { id: visualize, kind: visualization, since: 2026-01-10 }\n", "", StringComparison.Ordinal)
            .Replace("{ id: support, kind: work-support, since: 2026-06-15 }", "{ id: support, name: 作業支援, kind: work-support, since: 2026-06-15 }", StringComparison.Ordinal);

        var inputs = ReviewInputGathering.Gather(Period, Analyze(before, day), Analyze(after, day), ReviewHistory.Empty, Catalogue);

        Assert.Contains(inputs.ElementChanges, e => e is { List: "objectives", Id: "visualize", Change: "removed", Name: "稼働の見える化" });
        Assert.Contains(inputs.ElementChanges, e => e is { List: "objectives", Id: "support", Change: "added", Name: "作業支援" });
        Assert.Contains(inputs.ElementChanges, e => e is { List: "assets", Id: "tablet", Change: "added", Name: null });
    }

    [Fact]
    public void A_closed_finding_is_one_the_snapshot_had_and_the_model_no_longer_has()
    {
        var day = Day(Now);
        var inputs = ReviewInputGathering.Gather(Period, Analyze(After, day), Analyze(Before, day), ReviewHistory.Empty, Catalogue);

        Assert.Contains(inputs.FindingsClosed, f => f.Id == "unbound-asset" && f.Subject == "tablet");
        Assert.DoesNotContain(inputs.FindingsOpened, f => f.Id == "unbound-asset");
    }

    [Fact]
    public void The_first_review_has_no_diff_and_takes_every_current_finding_as_opened()
    {
        var inputs = Gather(ReviewHistory.Empty, new ReviewPeriod(null, Now, Next), firstReview: true);

        Assert.Null(inputs.ModelChanges);
        Assert.Empty(inputs.StatusChanges);
        Assert.Equal(Analyze(After, Day(Now)).Findings.Count, inputs.FindingsOpened.Count);
        Assert.Empty(inputs.FindingsClosed);
    }

    [Fact]
    public void Cases_count_by_severity_exactly_when_they_opened_closed_or_were_overdue_in_the_period()
    {
        var history = ReviewHistory.Empty with
        {
            Cases =
            [
                Case(1, "high", Previous, Previous.AddDays(30)),                                   // opened AT the previous review: the last period's
                Case(2, "high", Previous + Second, Now.AddDays(10)),                               // opened just after: this period's, not overdue
                Case(3, "critical", Now, Now.AddDays(7)),                                          // opened at the review's time: this period's
                Case(4, "critical", Now + Second, Now.AddDays(7)),                                 // after the review: not counted
                Case(5, "low", Previous.AddDays(-100), Previous.AddDays(80), Previous.AddDays(90)), // opened before, closed in the period
                Case(6, "medium", Previous.AddDays(10), Now - Second),                             // open and past its due: overdue
                Case(7, "medium", Previous.AddDays(10), Previous.AddDays(20), Now + Second),      // closed after the review: overdue at it
            ],
        };

        var inputs = Gather(history);

        Assert.Equal([2, 3, 6, 7], inputs.CasesOpened.Select(c => c.Number).Order());
        Assert.Equal([5], inputs.CasesClosed.Select(c => c.Number));
        Assert.Equal([1, 6, 7], inputs.CasesOverdue.Select(c => c.Number).Order());
        Assert.Equal(["critical 1/0/0", "high 1/0/1", "medium 2/0/2", "low 0/1/0"], inputs.CaseCounts.Select(c => $"{c.Severity} {c.Opened}/{c.Closed}/{c.Overdue}"));
    }

    [Fact]
    public void Advisory_matches_and_supplier_reviews_appear_in_the_period_they_happened_in()
    {
        var history = ReviewHistory.Empty with
        {
            Matches =
            [
                new AdvisoryMatchFact("ICSA-1", "old", "plc1", Previous, 9.8),
                new AdvisoryMatchFact("ICSA-2", "new", "plc1", Previous + Second, 7.5),
                new AdvisoryMatchFact("ICSA-3", "later", "plc1", Now + Second, 5.0),
            ],
            SupplierReviews =
            [
                new SupplierReviewFact(1, "Maker A", "PLC", Previous.AddDays(-1)),
                new SupplierReviewFact(2, "Maker B", "Gateway", Now),
            ],
        };

        var inputs = Gather(history);

        Assert.Equal(["ICSA-2"], inputs.NewMatches.Select(m => m.Advisory));
        Assert.Equal([2L], inputs.SupplierReviewsClosed.Select(r => r.Questionnaire));
    }

    [Fact]
    public void Open_supplier_actions_are_those_open_at_the_review_blocking_first()
    {
        var title = new LocalizedText("対応", "Action");
        var history = ReviewHistory.Empty with
        {
            SupplierActions =
            [
                new SupplierActionFact(1, "A", title, false, Previous.AddDays(-10), new DateOnly(2026, 11, 1), null),
                new SupplierActionFact(2, "B", title, true, Previous.AddDays(5), new DateOnly(2026, 12, 1), null),
                new SupplierActionFact(3, "C", title, false, Previous.AddDays(5), null, Previous.AddDays(6)),   // done in the period
                new SupplierActionFact(4, "D", title, true, Now + Second, null, null),                        // after the review
                new SupplierActionFact(5, "E", title, false, Previous.AddDays(5), null, Now + Second),         // done after the review: open at it
            ],
        };

        Assert.Equal([2L, 1, 5], Gather(history).OpenSupplierActions.Select(a => a.Id));
    }

    [Fact]
    public void The_self_assessment_change_is_the_newest_round_closed_in_the_period_against_the_one_before_it()
    {
        var history = ReviewHistory.Empty with
        {
            Rounds =
            [
                new RoundFact(1, "2025", Previous.AddDays(-200), 0.40),
                new RoundFact(2, "spring", Previous.AddDays(-5), 0.50),
                new RoundFact(3, "summer", Previous.AddDays(60), 0.55),
                new RoundFact(4, "autumn", Now, 0.62),
                new RoundFact(5, "winter", Now + Second, 0.70),
            ],
        };

        var move = Gather(history).Assessment;

        Assert.NotNull(move);
        Assert.Equal(4, move.Latest.Number);
        Assert.Equal(3, move.Previous?.Number);
        Assert.Equal(0.07, move.Difference!.Value, 6);
        Assert.Null(Gather(history with { Rounds = [history.Rounds[0], history.Rounds[1]] }).Assessment);
    }

    [Fact]
    public void Requirement_dates_are_those_of_applying_requirements_in_the_next_period()
    {
        // EU CRA: 2026-06-11 (before the review), 2026-09-11 (before), 2027-12-11 (after the next review, 2027-04-01).
        Assert.Empty(Gather(ReviewHistory.Empty).RequirementDates);

        var longer = Gather(ReviewHistory.Empty, new ReviewPeriod(Previous, Now, new DateOnly(2027, 12, 11)));
        var date = Assert.Single(longer.RequirementDates);
        Assert.Equal(("eu-cra", new DateOnly(2027, 12, 11)), (date.Requirement, date.Date));

        var earlier = Gather(ReviewHistory.Empty, new ReviewPeriod(Previous.AddDays(-200), Previous, new DateOnly(2026, 9, 11)));
        Assert.Equal([new DateOnly(2026, 6, 11), new DateOnly(2026, 9, 11)], earlier.RequirementDates.Select(d => d.Date));
    }

    [Fact]
    public void The_bcp_recheck_state_follows_the_findings_rule()
    {
        Assert.Equal(BcpState.OlderThanObjective, Gather(ReviewHistory.Empty).Bcp.State);
        Assert.Equal(new DateOnly(2026, 6, 15), Gather(ReviewHistory.Empty).Bcp.NewestObjective);
        Assert.Equal(BcpState.Current, ReviewInputGathering.BcpOf(Analyze(Before, Day(Now)).Model).State);
        Assert.Equal(BcpState.NeverReviewed, ReviewInputGathering.BcpOf(Analyze(Before.Replace("bcp: { reviewed: 2026-02-01 }", "bcp: {}", StringComparison.Ordinal), Day(Now)).Model).State);
    }
}
