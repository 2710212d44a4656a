using FactoryCps.Checklists;
using FactoryCps.Localization;
using static FactoryCps.Tests.Checklists.ChecklistFixture;

namespace FactoryCps.Tests.Checklists;

public sealed class AssessmentScoringTests
{
    private static AssessmentAnswer L(string id, int level) => AssessmentAnswer.AtLevel(id, level);

    private static AssessmentAnswer Na(string id) => AssessmentAnswer.NotApplicableBecause(id, "no such equipment");

    [Fact]
    public void A_score_is_the_levels_over_four_times_the_applicable_questions_with_unanswered_ones_at_zero()
    {
        var analysis = Analyze(TwoZones);
        var questions = AssessmentQuestions.For(Catalogue, analysis, new AssessmentScope([], ["1-1"], []));
        Assert.Equal(7, questions.Count);
        var ids = questions.Select(q => q.Id).ToList();

        // 4 + 4 + 2, one not applicable, three unanswered: 10 / (4 × 6).
        var scores = AssessmentScoring.Compute(Catalogue, analysis, questions, Answers(L(ids[0], 4), L(ids[1], 4), L(ids[2], 2), Na(ids[3])));

        Assert.Equal(new Score(7, 3, 1, 10, 4), scores.Site);
        Assert.Equal(3, scores.Site.Unanswered);
        Assert.Equal(10.0 / 24, scores.Site.Value!.Value, 9);
        var step = Assert.Single(scores.Steps);
        Assert.Equal("1-1", step.Key);
        Assert.Equal(scores.Site, step.Score);
        Assert.Empty(scores.Groups);
        Assert.Empty(scores.Zones);
    }

    [Fact]
    public void Every_question_not_applicable_gives_no_score_rather_than_zero()
    {
        var analysis = Analyze(TwoZones);
        var questions = AssessmentQuestions.For(Catalogue, analysis, new AssessmentScope([], ["1-2"], []));

        var scores = AssessmentScoring.Compute(Catalogue, analysis, questions, Answers([.. questions.Select(q => Na(q.Id))]));

        Assert.Null(scores.Site.Value);
        Assert.Equal(0, AssessmentScoring.Compute(Catalogue, analysis, questions, Answers()).Site.Value);
    }

    [Fact]
    public void A_zone_is_scored_over_the_countermeasures_its_target_requires_with_each_foundational_requirement()
    {
        var analysis = Analyze(TwoZones);
        var questions = AssessmentQuestions.For(Catalogue, analysis, new AssessmentScope([], [], ["physical"]));
        var answers = Answers(
            L("q-cm-phy-access-control", 4),      // FR2
            L("q-cm-phy-locked-cabinets", 3),     // FR2, FR3
            Na("q-cm-phy-port-blockers"),         // FR2
            L("q-cm-phy-media-scan-station", 2),  // FR3, office only
            L("q-cm-phy-cabling-protection", 4)); // FR5; portable theft (FR4) unanswered

        var scores = AssessmentScoring.Compute(Catalogue, analysis, questions, answers);

        Assert.Equal(new Score(9, 4, 1, 13, 4), Assert.Single(scores.Groups).Score);

        // The office (target 1) requires six physical countermeasures: 4 + 3 + 2 + 4 over 4 × 5 applicable.
        var office = scores.Zones.Single(z => z.Zone == "office");
        Assert.Equal(1, office.TargetLevel);
        Assert.Equal(new Score(6, 4, 1, 13, 4), office.Score);
        Assert.Equal(0.65, office.Score.Value!.Value, 9);
        Assert.Equal(0, office.AchievedLevel); // the media scan station is only partly done
        Assert.False(office.Met);
        Assert.Equal(["FR2", "FR3", "FR4", "FR5"], office.Requirements.Select(r => r.Requirement));
        Assert.Equal((1, 7.0 / 8), Of(office, "FR2"));
        Assert.Equal((0, 5.0 / 8), Of(office, "FR3"));
        Assert.Equal((0, 0.0), Of(office, "FR4"));
        Assert.Equal((1, 1.0), Of(office, "FR5"));

        // The control zone (target 3) requires eight, the CCTV from level 2.
        var control = scores.Zones.Single(z => z.Zone == "control");
        Assert.Equal(3, control.TargetLevel);
        Assert.Equal(new Score(8, 3, 1, 11, 4), control.Score);
        Assert.Equal(0, control.AchievedLevel);
    }

    [Fact]
    public void The_achieved_level_is_the_highest_up_to_the_target_at_which_all_required_from_there_down_are_done()
    {
        var analysis = Analyze(TwoZones);
        var questions = AssessmentQuestions.For(Catalogue, analysis, new AssessmentScope([], [], ["physical"]));
        var done = questions.Where(q => q.Countermeasure != "phy-cctv").Select(q => L(q.Id, 3)).ToList();

        var cctvPlanned = AssessmentScoring.Compute(Catalogue, analysis, questions, Answers([.. done, L("q-cm-phy-cctv", 1)]));
        var cctvDone = AssessmentScoring.Compute(Catalogue, analysis, questions, Answers([.. done, L("q-cm-phy-cctv", 4)]));

        // The CCTV (required from level 2) holds the control zone at level 1 of its target 3; done, the target is met.
        Assert.Equal(1, cctvPlanned.Zones.Single(z => z.Zone == "control").AchievedLevel);
        // FR6 has only the CCTV, which level 1 does not require yet: achieved up to 1.
        Assert.Equal(1, cctvPlanned.Zones.Single(z => z.Zone == "control").Requirements.Single(r => r.Requirement == "FR6").AchievedLevel);
        Assert.Equal(3, cctvPlanned.Zones.Single(z => z.Zone == "control").Requirements.Single(r => r.Requirement == "FR2").AchievedLevel);
        Assert.Equal(3, cctvDone.Zones.Single(z => z.Zone == "control").AchievedLevel);
        Assert.True(cctvDone.Zones.Single(z => z.Zone == "control").Met);
        Assert.True(cctvDone.Zones.Single(z => z.Zone == "office").Met);
    }

    [Fact]
    public void A_zone_reads_its_own_question_before_the_sites()
    {
        var analysis = Analyze(TwoZones);
        var questions = AssessmentQuestions.For(Catalogue, analysis, new AssessmentScope([], [], ["network"]));

        var scores = AssessmentScoring.Compute(Catalogue, analysis, questions, Answers(L("q-cm-net-zone-firewall@control", 4), L("q-cm-net-segmentation", 2)));

        var control = scores.Zones.Single(z => z.Zone == "control");
        Assert.Equal(6, control.Score.LevelSum);
        Assert.Equal(6, control.Requirements.Single(r => r.Requirement == "FR5").Score.LevelSum);
        Assert.DoesNotContain(scores.Zones, z => z.Zone == "office"); // it requires no network countermeasure
    }

    [Fact]
    public void Each_kind_of_score_has_its_sentence_in_both_languages()
    {
        foreach (var kind in Enum.GetValues<ScoreKind>())
        {
            var ja = ScoreExplanation.For(kind, Catalogue, Language.Ja);
            var en = ScoreExplanation.For(kind, Catalogue, Language.En);
            Assert.NotEqual(ja, en);
            Assert.DoesNotContain("{", ja, StringComparison.Ordinal);
            Assert.DoesNotContain("{", en, StringComparison.Ordinal);
        }

        Assert.Contains("4", ScoreExplanation.For(ScoreKind.Site, Catalogue, Language.En), StringComparison.Ordinal);
        Assert.Contains("3", ScoreExplanation.For(ScoreKind.Zone, Catalogue, Language.Ja), StringComparison.Ordinal);
    }

    private static (int, double) Of(ZoneScore zone, string fr)
    {
        var requirement = zone.Requirements.Single(r => r.Requirement == fr);
        return (requirement.AchievedLevel, requirement.Score.Value!.Value);
    }
}
