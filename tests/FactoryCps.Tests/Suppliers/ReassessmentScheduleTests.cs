using FactoryCps.Suppliers;

namespace FactoryCps.Tests.Suppliers;

public sealed class ReassessmentScheduleTests
{
    private static readonly DateOnly Last = new(2026, 3, 1);

    private static ReassessmentStatus On(string today, ReassessmentFacts facts, ReassessmentPolicy? policy = null) =>
        ReassessmentSchedule.Evaluate(facts, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), policy);

    [Fact]
    public void Never_assessed_is_due_today()
    {
        var status = On("2026-11-28", new ReassessmentFacts(null, ContractEnd: new DateOnly(2030, 1, 1)));

        Assert.True(status.IsDue);
        Assert.Equal(new DateOnly(2026, 11, 28), status.DueDate);
        Assert.Equal(ReassessmentTrigger.NeverAssessed, Assert.Single(status.Reasons).Trigger);
    }

    [Fact]
    public void The_yearly_schedule_is_due_a_year_after_the_last_completed_assessment()
    {
        var before = On("2027-02-28", new ReassessmentFacts(Last));
        var on = On("2027-03-01", new ReassessmentFacts(Last));

        Assert.False(before.IsDue);
        Assert.Equal(new DateOnly(2027, 3, 1), before.DueDate);
        Assert.Equal(ReassessmentTrigger.Schedule, Assert.Single(before.Reasons).Trigger);
        Assert.True(on.IsDue);
    }

    [Fact]
    public void The_interval_is_configurable()
    {
        var status = On("2026-09-01", new ReassessmentFacts(Last), new ReassessmentPolicy(IntervalMonths: 6));

        Assert.True(status.IsDue);
        Assert.Equal(new DateOnly(2026, 9, 1), status.DueDate);
    }

    [Fact]
    public void A_contract_ending_within_the_lead_time_makes_it_due_before_renewal()
    {
        var facts = new ReassessmentFacts(Last, ContractEnd: new DateOnly(2026, 12, 31));

        var early = On("2026-10-01", facts);
        var within = On("2026-10-02", facts);

        Assert.False(early.IsDue);
        Assert.Equal((new DateOnly(2026, 10, 2), ReassessmentTrigger.ContractRenewal), (early.DueDate, Assert.Single(early.Reasons).Trigger));
        Assert.True(within.IsDue);
        Assert.Equal(ReassessmentTrigger.ContractRenewal, Assert.Single(within.Reasons).Trigger);
    }

    [Fact]
    public void Lead_times_are_parameters()
    {
        var facts = new ReassessmentFacts(Last, ContractEnd: new DateOnly(2026, 12, 31), SupportEnd: new DateOnly(2026, 12, 31));

        var status = On("2026-12-01", facts, new ReassessmentPolicy(ContractLeadDays: 10, SupportEndLeadDays: 40));

        Assert.True(status.IsDue);
        Assert.Equal(ReassessmentTrigger.SupportEnd, Assert.Single(status.Reasons).Trigger);
        Assert.Equal(new DateOnly(2026, 11, 21), status.DueDate);
    }

    [Fact]
    public void Support_end_approaching_makes_it_due_with_the_default_lead_of_180_days()
    {
        var status = On("2026-07-05", new ReassessmentFacts(Last, SupportEnd: new DateOnly(2027, 1, 1)));

        Assert.True(status.IsDue);
        Assert.Equal(new DateOnly(2026, 7, 5), status.DueDate);
        Assert.Equal(ReassessmentTrigger.SupportEnd, Assert.Single(status.Reasons).Trigger);
    }

    [Fact]
    public void An_advisory_after_the_last_assessment_makes_it_due_one_before_it_does_not()
    {
        var after = On("2026-06-10", new ReassessmentFacts(Last, NewestAdvisory: new DateOnly(2026, 6, 9)));
        var before = On("2026-06-10", new ReassessmentFacts(Last, NewestAdvisory: new DateOnly(2026, 2, 1)));

        Assert.True(after.IsDue);
        Assert.Equal(ReassessmentTrigger.NewAdvisory, Assert.Single(after.Reasons).Trigger);
        Assert.False(before.IsDue);
    }

    [Fact]
    public void An_event_the_last_assessment_already_followed_is_no_reason()
    {
        // Assessed on 2026-11-01, after the renewal window opened (2026-10-02): the renewal is covered.
        var status = On("2026-12-15", new ReassessmentFacts(new DateOnly(2026, 11, 1), ContractEnd: new DateOnly(2026, 12, 31)));

        Assert.False(status.IsDue);
        Assert.Equal(new DateOnly(2027, 11, 1), status.DueDate);
    }

    [Fact]
    public void Several_reasons_in_force_are_all_given_and_the_earliest_is_the_due_date()
    {
        var facts = new ReassessmentFacts(Last, ContractEnd: new DateOnly(2027, 4, 30), SupportEnd: new DateOnly(2027, 6, 30), NewestAdvisory: new DateOnly(2026, 12, 24));

        var status = On("2027-03-15", facts);

        Assert.True(status.IsDue);
        Assert.Equal(new DateOnly(2026, 12, 24), status.DueDate);
        Assert.Equal(
            [ReassessmentTrigger.NewAdvisory, ReassessmentTrigger.SupportEnd, ReassessmentTrigger.ContractRenewal, ReassessmentTrigger.Schedule],
            status.Reasons.Select(r => r.Trigger));
        Assert.Equal(81, status.DaysOverdue(new DateOnly(2027, 3, 15)));
    }

    [Fact]
    public void Not_due_gives_the_reasons_of_the_next_due_date()
    {
        var status = On("2026-05-01", new ReassessmentFacts(Last, ContractEnd: new DateOnly(2027, 5, 30)));

        Assert.False(status.IsDue);
        Assert.Equal(new DateOnly(2027, 3, 1), status.DueDate);
        Assert.Equal([ReassessmentTrigger.Schedule, ReassessmentTrigger.ContractRenewal], status.Reasons.Select(r => r.Trigger));
        Assert.Equal(0, status.DaysOverdue(new DateOnly(2026, 5, 1)));
    }

    [Theory]
    [InlineData(0, 90, 180)]
    [InlineData(12, -1, 180)]
    [InlineData(12, 90, -1)]
    public void A_policy_out_of_range_is_refused(int months, int contractLead, int supportLead)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => On("2026-05-01", new ReassessmentFacts(Last), new ReassessmentPolicy(months, contractLead, supportLead)));
    }
}
