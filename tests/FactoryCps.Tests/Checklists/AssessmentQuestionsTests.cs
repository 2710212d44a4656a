using FactoryCps.Analysis;
using FactoryCps.Checklists;
using static FactoryCps.Tests.Checklists.ChecklistFixture;

namespace FactoryCps.Tests.Checklists;

public sealed class AssessmentQuestionsTests
{
    [Fact]
    public void A_countermeasure_whose_status_is_kept_per_zone_is_asked_per_zone_and_the_rest_once_for_the_site()
    {
        var questions = AssessmentQuestions.For(Catalogue, Analyze(TwoZones), AssessmentScope.All);

        // The zone firewall has a status scoped to the control zone: asked there, and no longer for the site. The
        // office zone reads the site-wide entry but does not require the firewall, so it is not asked there.
        var zoned = Assert.Single(questions, q => q.Zone is not null);
        Assert.Equal("q-cm-net-zone-firewall@control", zoned.Id);
        Assert.Equal("net-zone-firewall", zoned.Countermeasure);
        Assert.Equal("network", zoned.Group);
        Assert.Equal("2-2", zoned.Step);
        Assert.DoesNotContain(questions, q => q.Id == "q-cm-net-zone-firewall");
        Assert.Equal(Catalogue.Checklist.Count, questions.Count);
        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct().Count());
        Assert.All(questions.Where(q => q.Item.SubjectKind == "step"), q => Assert.Null(q.Zone));
        Assert.Equal(Catalogue.Checklist.Select(i => i.Id), questions.Select(q => q.Item.Id));
    }

    [Fact]
    public void Per_zone_means_the_zones_its_statuses_name_and_the_zones_that_require_it_in_the_models_order()
    {
        // USB control is kept for the control zone (named, not required there) and required in the office zone
        // (removable media threat), which reads the site-wide status.
        var analysis = Analyze(TwoZones + "\n  - { id: dev-usb-control, status: planned, scope: [control] }\n");

        var usb = AssessmentQuestions.For(Catalogue, analysis, AssessmentScope.All).Where(q => q.Countermeasure == "dev-usb-control").ToList();

        Assert.Equal(["q-cm-dev-usb-control@office", "q-cm-dev-usb-control@control"], usb.Select(q => q.Id));
        Assert.True(AssessmentQuestions.IsKeptPerZone(analysis.Model, "dev-usb-control"));
        Assert.False(AssessmentQuestions.IsKeptPerZone(analysis.Model, "net-segmentation"));
    }

    [Fact]
    public void A_scope_narrows_by_zones_steps_and_groups_in_any_combination()
    {
        var analysis = Analyze(TwoZones);
        int Count(AssessmentScope scope) => AssessmentQuestions.For(Catalogue, analysis, scope).Count;
        var network = Catalogue.Checklist.Count(i => i.Group == "network");

        // Zones narrow only the questions asked per zone: the firewall's, asked for the control zone.
        Assert.Equal(Catalogue.Checklist.Count - 1, Count(new AssessmentScope(["office"], [], [])));
        Assert.Equal(Catalogue.Checklist.Count, Count(new AssessmentScope(["control"], [], [])));
        Assert.Equal(Catalogue.Checklist.Count(i => i.Step == "1-1"), Count(new AssessmentScope([], ["1-1"], [])));
        Assert.Equal(network, Count(new AssessmentScope([], [], ["network"])));
        Assert.Equal(network - 1, Count(new AssessmentScope(["office"], [], ["network"])));

        // A step point has no group: a group filter leaves the step points out, a step filter keeps the step's groups.
        Assert.Empty(AssessmentQuestions.For(Catalogue, analysis, new AssessmentScope([], ["1-1"], ["network"])));
        Assert.Equal(Catalogue.Checklist.Count(i => i.Step == "2-2"), Count(new AssessmentScope([], ["2-2"], [])));
    }

    [Fact]
    public void The_500_zone_site_stays_answerable_and_scoping_keeps_a_round_small_when_statuses_are_kept_per_zone()
    {
        var site = Large;
        var all = AssessmentQuestions.For(Catalogue, site, AssessmentScope.All);

        // As generated, every status is site-wide: one question per checklist item (docs/assessment.md gives the counts).
        Assert.Equal(Catalogue.Checklist.Count, all.Count);
        Assert.Equal(102, all.Count);

        // Were every recorded status kept for all 500 zones, each of those countermeasures is asked in every zone.
        var zones = site.Model.Zones.Select(z => z.Id).ToList();
        var perZone = site with { Model = site.Model with { Countermeasures = [.. site.Model.Countermeasures.Select(s => s with { Scope = zones })] } };
        var recorded = site.Model.Countermeasures.Select(s => s.Id).Distinct().Count();
        var siteWide = Catalogue.Checklist.Count - recorded;
        Assert.Equal(siteWide + (recorded * 500), AssessmentQuestions.For(Catalogue, perZone, AssessmentScope.All).Count);
        Assert.Equal(19_064, AssessmentQuestions.For(Catalogue, perZone, AssessmentScope.All).Count);

        var tenZones = new AssessmentScope([.. zones.Take(10)], [], []);
        Assert.Equal(siteWide + (recorded * 10), AssessmentQuestions.For(Catalogue, perZone, tenZones).Count);
        Assert.Equal(444, AssessmentQuestions.For(Catalogue, perZone, tenZones).Count);
        Assert.Equal(77, AssessmentQuestions.For(Catalogue, perZone, tenZones with { Groups = ["network"] }).Count);
    }

    [Fact]
    public void A_scope_naming_what_does_not_exist_is_refused_with_each_name_in_both_languages()
    {
        var analysis = Analyze(TwoZones);

        var problems = ScopeCheck.Problems(new AssessmentScope(["office", "nowhere"], ["9-9"], ["network", "magic"]), Catalogue, analysis.Model);

        Assert.Equal(3, problems.Count);
        Assert.Contains("nowhere", problems[0].En, StringComparison.Ordinal);
        Assert.Contains("nowhere", problems[0].Ja, StringComparison.Ordinal);
        Assert.Contains("ゾーン", problems[0].Ja, StringComparison.Ordinal);
        Assert.Contains("9-9", problems[1].En, StringComparison.Ordinal);
        Assert.Contains("magic", problems[2].En, StringComparison.Ordinal);
        Assert.Empty(ScopeCheck.Problems(new AssessmentScope(["office"], ["2-2"], ["network"]), Catalogue, analysis.Model));
    }

    internal static AnalysisResult TwoZonesAnalysis() => Analyze(TwoZones);
}
