using FactoryCps.Web.Cases;

namespace FactoryCps.Tests.Cases;

public sealed class OodaCaseRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] SecurityOnly = ["security-lead"];
    private static readonly string[] Deciders = ["security-lead", "site-manager", "executive"];

    private static readonly CaseActor Lead = new("u1", "lead", "security-lead", false);
    private static readonly CaseActor Engineer = new("u2", "engineer", "engineer", false);
    private static readonly CaseActor Executive = new("u3", "boss", "executive", false);
    private static readonly CaseActor Admin = new("u4", "admin", null, true);

    private static OodaCase NewCase(string phase = CasePhases.Observe) =>
        new() { Stage = "preventive", Phase = phase, Title = "CVE-2023-0001 in PLC", Severity = "high", OpenedBy = "system" };

    [Fact]
    public void Only_the_roles_of_the_current_phase_move_it_on()
    {
        var c = NewCase();

        Assert.Equal(CaseRefusal.NotYourPhase, c.Advance(Engineer, SecurityOnly, 2, Now));
        Assert.Equal(CasePhases.Observe, c.Phase);
        Assert.Null(c.Advance(Lead, SecurityOnly, 2, Now));
        Assert.Equal(CasePhases.Orient, c.Phase);
    }

    [Fact]
    public void Administrators_stand_in_for_any_role()
    {
        var c = NewCase();

        Assert.Null(c.Advance(Admin, SecurityOnly, 2, Now));
        Assert.Equal(CasePhases.Orient, c.Phase);
    }

    [Fact]
    public void Orient_needs_an_assessment_before_decide()
    {
        var c = NewCase(CasePhases.Orient);

        Assert.Equal(CaseRefusal.AssessmentMissing, c.Advance(Lead, SecurityOnly, 2, Now));
        Assert.Null(c.Update(Lead, SecurityOnly, new CaseFields(Assessment: "Reachable from the DMZ; exploit public."), Now));
        Assert.Null(c.Advance(Lead, SecurityOnly, 2, Now));
        Assert.Equal(CasePhases.Decide, c.Phase);
    }

    [Theory]
    [InlineData(null, "a", "b", CaseRefusal.DecisionMissing)]
    [InlineData("d", null, "b", CaseRefusal.DecisionMakersMissing)]
    [InlineData("d", "a", null, CaseRefusal.OperationImpactMissing)]
    public void Decide_needs_decision_makers_and_operation_impact(string? decision, string? makers, string? impact, CaseRefusal expected)
    {
        var c = NewCase(CasePhases.Decide);
        c.Update(Lead, Deciders, new CaseFields(Decision: decision, DecisionMakers: makers, OperationImpact: impact), Now);

        Assert.Equal(expected, c.Advance(Lead, Deciders, 2, Now));
        Assert.Equal(CasePhases.Decide, c.Phase);
    }

    [Fact]
    public void Importance_3_needs_managements_approval_and_only_management_gives_it()
    {
        var c = Decided();

        Assert.Equal(CaseRefusal.ApprovalMissing, c.Advance(Lead, Deciders, 3, Now));
        Assert.Equal(CaseRefusal.NotManagement, c.Approve(Lead, Now));
        Assert.Null(c.Approve(Executive, Now));
        Assert.Equal("boss", c.ApprovedBy);
        Assert.Null(c.Advance(Lead, Deciders, 3, Now));
        Assert.Equal(CasePhases.Act, c.Phase);
    }

    [Fact]
    public void Importance_2_does_not_need_management()
    {
        var c = Decided();

        Assert.Null(c.Advance(Lead, Deciders, 2, Now));
        Assert.Equal(CasePhases.Act, c.Phase);
    }

    [Fact]
    public void Changing_an_approved_decision_withdraws_the_approval()
    {
        var c = Decided();
        c.Approve(Executive, Now);

        c.Update(Lead, Deciders, new CaseFields(Decision: "Replace the CPU module instead"), Now);

        Assert.Null(c.ApprovedBy);
        Assert.Equal(CaseRefusal.ApprovalMissing, c.Advance(Lead, Deciders, 3, Now));
    }

    [Fact]
    public void Approval_is_given_only_while_deciding()
    {
        var c = NewCase(CasePhases.Orient);

        Assert.Equal(CaseRefusal.NotDeciding, c.Approve(Executive, Now));
    }

    [Fact]
    public void Act_closes_only_with_work_and_evidence()
    {
        var c = NewCase(CasePhases.Act);
        string[] plant = ["site-manager", "engineer"];

        Assert.Equal(CaseRefusal.WorkMissing, c.Advance(Engineer, plant, 2, Now));
        c.Update(Engineer, plant, new CaseFields(WorkDone: "Firmware 1.300 installed on line 1"), Now);
        Assert.Equal(CaseRefusal.EvidenceMissing, c.Advance(Engineer, plant, 2, Now));
        c.Update(Engineer, plant, new CaseFields(Evidence: "Change record CR-1042"), Now);

        Assert.Null(c.Advance(Engineer, plant, 2, Now));
        Assert.Equal(CasePhases.Closed, c.Phase);
        Assert.Equal("fixed", c.Resolution);
        Assert.Equal(Now, c.ClosedAt);
    }

    [Fact]
    public void A_closed_case_refuses_every_change()
    {
        var c = NewCase(CasePhases.Orient);
        c.Update(Lead, SecurityOnly, new CaseFields(Assessment: "Firmware not in use"), Now);
        Assert.Null(c.Close(Lead, SecurityOnly, "not-affected", 2, Now));

        Assert.Equal(CaseRefusal.Closed, c.Advance(Admin, SecurityOnly, 2, Now));
        Assert.Equal(CaseRefusal.Closed, c.Update(Admin, SecurityOnly, new CaseFields(Assessment: "x"), Now));
        Assert.Equal(CaseRefusal.Closed, c.Approve(Admin, Now));
        Assert.Equal("Firmware not in use", c.Assessment);
    }

    [Theory]
    [InlineData(CasePhases.Observe, "not-affected", CaseRefusal.AssessmentMissing)]
    [InlineData(CasePhases.Orient, "accepted", CaseRefusal.DecisionMissing)]
    [InlineData(CasePhases.Orient, "fixed", CaseRefusal.ResolutionNotAllowed)]
    [InlineData(CasePhases.Decide, "mitigated", CaseRefusal.ResolutionNotAllowed)]
    [InlineData(CasePhases.Orient, "whatever", CaseRefusal.ResolutionNotAllowed)]
    public void Closing_early_follows_what_has_been_recorded(string phase, string resolution, CaseRefusal expected)
    {
        var c = NewCase(phase);

        Assert.Equal(expected, c.Close(Admin, SecurityOnly, resolution, 2, Now));
        Assert.Equal(phase, c.Phase);
    }

    [Fact]
    public void Accepting_the_risk_of_an_important_asset_needs_management()
    {
        var c = Decided();

        Assert.Equal(CaseRefusal.ApprovalMissing, c.Close(Lead, Deciders, "accepted", 3, Now));
        c.Approve(Executive, Now);
        Assert.Null(c.Close(Lead, Deciders, "accepted", 3, Now));
        Assert.Equal("accepted", c.Resolution);
    }

    [Fact]
    public void Every_change_is_in_the_history_and_raises_the_version()
    {
        var c = NewCase();
        c.Advance(Lead, SecurityOnly, 2, Now);
        c.Update(Lead, SecurityOnly, new CaseFields(Assessment: "a"), Now.AddHours(1));

        Assert.Equal(2, c.Version);
        Assert.Equal(["advance", "update"], c.Events.Select(e => e.Kind));
        Assert.Equal((CasePhases.Observe, CasePhases.Orient), (c.Events[0].FromPhase, c.Events[0].ToPhase));
        Assert.Equal("lead", c.Events[1].UserName);
    }

    [Fact]
    public void Saving_what_is_already_recorded_leaves_no_trace()
    {
        var c = NewCase(CasePhases.Orient);
        c.Update(Lead, SecurityOnly, new CaseFields(Assessment: "a"), Now);

        Assert.Null(c.Update(Lead, SecurityOnly, new CaseFields(Assessment: "a"), Now));

        Assert.Equal(1, c.Version);
        Assert.Single(c.Events);
    }

    [Fact]
    public void Overdue_only_while_open_and_past_the_deadline()
    {
        var c = NewCase();
        c.DueAt = Now;

        Assert.False(c.IsOverdue(Now));
        Assert.True(c.IsOverdue(Now.AddMinutes(1)));
        c.ClosedAt = Now;
        Assert.False(c.IsOverdue(Now.AddDays(1)));
    }

    private static OodaCase Decided()
    {
        var c = NewCase(CasePhases.Decide);
        c.Update(Lead, Deciders, new CaseFields(Decision: "Apply firmware 1.300", DecisionMakers: "Sato (security), Tanaka (plant)", OperationImpact: "Line 1 stops 2 h on Sunday"), Now);
        return c;
    }
}
