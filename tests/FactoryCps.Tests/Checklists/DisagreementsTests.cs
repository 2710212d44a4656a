using FactoryCps.Analysis;
using FactoryCps.Checklists;
using FactoryCps.Model;
using static FactoryCps.Tests.Checklists.ChecklistFixture;

namespace FactoryCps.Tests.Checklists;

public sealed class DisagreementsTests
{
    private const string WithUsb = TwoZones + "\n  - { id: dev-usb-control, status: planned, scope: [control] }\n";

    [Fact]
    public void An_answer_disagrees_when_its_level_means_another_status_than_the_analysis_reads_at_its_scope()
    {
        var analysis = Analyze(TwoZones);
        var questions = AssessmentQuestions.For(Catalogue, analysis, AssessmentScope.All);
        var step = questions.First(q => q.Countermeasure is null).Id;

        var found = Disagreements.Find(Catalogue, analysis.Model, questions, Answers(
            AssessmentAnswer.AtLevel("q-cm-net-segmentation", 4),          // implemented = implemented
            AssessmentAnswer.AtLevel("q-cm-net-zone-firewall@control", 3), // implemented ≠ partial (the zone's own)
            AssessmentAnswer.NotApplicableBecause("q-cm-net-dmz", "no IT network"), // not applicable ≠ missing (none recorded)
            AssessmentAnswer.AtLevel("q-cm-dev-hardening", 0),             // missing = missing (none recorded)
            AssessmentAnswer.AtLevel(step, 0)));                           // a step point has no status

        Assert.Equal(2, found.Count);
        Assert.Equal(("net-zone-firewall", "control", "implemented", "partial", true), Tuple(found[0]));
        Assert.Equal(("net-dmz", (string?)null, "not-applicable", "missing", false), Tuple(found[1]));
    }

    [Fact]
    public void Applying_the_changes_makes_the_model_agree_with_every_answer()
    {
        var analysis = Analyze(WithUsb);
        var questions = AssessmentQuestions.For(Catalogue, analysis, AssessmentScope.All);
        var answers = Answers(
            AssessmentAnswer.AtLevel("q-cm-net-segmentation", 2),
            AssessmentAnswer.AtLevel("q-cm-net-zone-firewall@control", 4),
            AssessmentAnswer.NotApplicableBecause("q-cm-net-dmz", "no IT network"),
            AssessmentAnswer.AtLevel("q-cm-dev-usb-control@office", 2),
            AssessmentAnswer.AtLevel("q-cm-dev-usb-control@control", 3));
        var changes = Disagreements.Changes(Disagreements.Find(Catalogue, analysis.Model, questions, answers));
        Assert.Equal(5, changes.Count);

        var statuses = Disagreements.Apply(analysis.Model.Countermeasures, changes);

        Assert.Equal(
            [
                "net-segmentation partial",
                "net-zone-firewall implemented",
                "net-zone-firewall@control implemented",
                "dev-usb-control@control implemented",
                "net-dmz not-applicable",
                "dev-usb-control@office partial",
            ],
            statuses.Select(s => $"{s.Key} {s.Status}"));
        Assert.Equal("old links", statuses.Single(s => s.Key == "net-zone-firewall@control").Note);
        Assert.Equal(4, analysis.Model.Countermeasures.Count); // nothing changed in place

        var after = Reanalyze(analysis, statuses);
        Assert.Empty(Disagreements.Find(Catalogue, after.Model, AssessmentQuestions.For(Catalogue, after, AssessmentScope.All), answers));
    }

    [Fact]
    public void A_zone_that_shares_an_entry_gets_its_own_and_the_zones_changing_alike_share_one()
    {
        var statuses = new List<CountermeasureStatus>
        {
            new() { Id = "phy-cctv", Status = "planned", Scope = ["a", "b", "c"], Owner = "sec", Due = new DateOnly(2027, 3, 31) },
        };

        var applied = Disagreements.Apply(statuses, [new StatusChange("phy-cctv", "a", "planned", "implemented"), new StatusChange("phy-cctv", "b", "planned", "implemented")]);

        Assert.Equal(["phy-cctv@c planned", "phy-cctv@a+b implemented"], applied.Select(s => $"{s.Key} {s.Status}"));
        Assert.Equal("sec", applied[1].Owner);
        Assert.Equal(new DateOnly(2027, 3, 31), applied[1].Due);
    }

    private static AnalysisResult Reanalyze(AnalysisResult analysis, IReadOnlyList<CountermeasureStatus> statuses)
    {
        var result = ModelLoader.Load(analysis.Model with { Countermeasures = statuses }, Catalogue);
        Assert.True(result.Succeeded);
        return ModelAnalyzer.Analyze(result.Loaded!, Date);
    }

    private static (string, string?, string, string, bool) Tuple(Disagreement d) => (d.Countermeasure, d.Zone, d.Answered, d.Current, d.CurrentRecorded);
}
