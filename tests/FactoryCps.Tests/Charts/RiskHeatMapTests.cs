using FactoryCps.Charts;
using FactoryCps.Localization;
using FactoryCps.Tests.Reports;
using static FactoryCps.Tests.Charts.ChartFixture;

namespace FactoryCps.Tests.Charts;

public sealed class RiskHeatMapTests
{
    /// <summary>Two zones, one threat each way: the cells say the grade's letter, the colour is that grade's, the titles say it in words.</summary>
    [Fact]
    public void A_small_model_draws_one_row_per_zone_with_the_grade_in_each_cell()
    {
        var r = ReportFixture.Sample(Language.En);
        var rows = ChartRows.Of(r.Analysis, r.Catalog, r.Language);

        var svg = Parse(RiskHeatMap.Render(r.Analysis, r.Catalog, r.Language, rows));

        Assert.Equal(r.Analysis.Zones.Count, rows.Count);
        Assert.All(rows, row => Assert.Null(row.Group));
        var cells = svg.Descendants(Ns + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("cell grade-", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(r.Analysis.Threats.Count(t => t.Zone is not null) + r.Analysis.Threats.Count(t => t.Zone is null), cells.Count);
        var first = r.Analysis.Threats.First(t => t.Zone is not null);
        var zoneName = r.Analysis.Zones.Single(z => z.Id == first.Zone).Name!;
        var title = $"{zoneName} × {r.ThreatTitle(first.Threat)}: {r.T(first.Risk.Label)} ({first.Risk.Grade}), {first.Risk.Score}";
        var cell = Assert.Single(cells, c => c.Element(Ns + "title")!.Value == title);
        Assert.Equal(first.Risk.Grade, cell.Element(Ns + "text")!.Value);
        var index = r.Catalog.RiskModel.Grades.ToList().FindIndex(g => g.Grade == first.Risk.Grade);
        Assert.Equal(ChartPalette.Grade(index).Fill, (string?)cell.Element(Ns + "rect")!.Attribute("fill"));
        Assert.Contains(svg.Descendants(Ns + "text"), t => t.Value.StartsWith(zoneName, StringComparison.Ordinal) || t.Element(Ns + "title")?.Value == zoneName);
        Assert.Equal("img", (string?)svg.Root!.Attribute("role"));
        Assert.False(string.IsNullOrWhiteSpace((string?)svg.Root.Attribute("aria-label")));
    }

    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public void Every_coloured_cell_and_swatch_has_text_and_no_inline_style(Language language)
    {
        foreach (var r in new[] { ReportFixture.Sample(language), Large(language) })
        {
            var rows = ChartRows.Of(r.Analysis, r.Catalog, r.Language);
            var markup = RiskHeatMap.Render(r.Analysis, r.Catalog, r.Language, rows, g => $"/sites/x/heatmap?level={g.Level}");
            var svg = Parse(markup);

            Assert.DoesNotContain("style=", markup, StringComparison.Ordinal);
            var cells = svg.Descendants(Ns + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("cell", StringComparison.Ordinal) == true).ToList();
            Assert.NotEmpty(cells);
            Assert.All(cells, c =>
            {
                Assert.False(string.IsNullOrWhiteSpace(c.Element(Ns + "text")?.Value));
                Assert.False(string.IsNullOrWhiteSpace(c.Element(Ns + "title")?.Value));
            });
            Assert.All(svg.Descendants(Ns + "g").Where(g => (string?)g.Attribute("class") == "empty").SelectMany(g => g.Elements()), e => Assert.Equal("–", e.Value));
            var legend = svg.Descendants(Ns + "g").Single(g => (string?)g.Attribute("class") == "legend");
            Assert.Equal(legend.Elements(Ns + "rect").Count() * 2, legend.Elements(Ns + "text").Count(t => t.Value.Length > 0));
            Assert.All(r.Catalog.RiskModel.Grades, g => Assert.Contains(legend.Elements(Ns + "text"), t => t.Value == r.T(g.Label)));
        }
    }

    /// <summary>docs/web.md's rule: above ChartRows.GroupAbove zones, one row per template and target level, each a link to its zones.</summary>
    [Fact]
    public void The_500_zone_site_is_grouped_by_template_and_target_level_with_a_link_per_group()
    {
        var r = Large(Language.Ja);
        var rows = ChartRows.Of(r.Analysis, r.Catalog, r.Language);

        Assert.True(r.Analysis.Zones.Count > ChartRows.GroupAbove);
        Assert.InRange(rows.Count, 2, 60);
        Assert.All(rows, row => Assert.NotNull(row.Group));
        Assert.Equal(r.Analysis.Zones.Count, rows.Sum(row => row.Zones.Count));
        Assert.All(rows, row => Assert.All(row.Zones, z => Assert.True(row.Group!.Holds(r.Analysis.Zones.Single(zone => zone.Id == z)))));
        var control = r.T(r.Catalog.ZoneTemplates.Single(t => t.Id == "control").Title);
        Assert.Contains(rows, row => row.Label.StartsWith(control, StringComparison.Ordinal) && row.Label.Contains("目標レベル", StringComparison.Ordinal));

        var svg = Parse(RiskHeatMap.Render(r.Analysis, r.Catalog, r.Language, rows, g => $"/sites/x/heatmap?template={g.Template}&level={g.Level}"));
        var links = svg.Descendants(Ns + "a").Select(a => (string?)a.Attribute("href")).ToList();
        Assert.Equal(rows.Count, links.Count);
        Assert.Contains($"/sites/x/heatmap?template=control&level={rows.First(row => row.Group!.Template == "control").Group!.Level}", links);
        Assert.Equal("group", (string?)svg.Root!.Attribute("role"));

        // A group's cell is its zones' highest grade, and the number of its zones the threat applies to.
        var row = rows[0];
        var applied = r.Analysis.Threats.Where(t => t.Zone is not null && row.Zones.Contains(t.Zone)).GroupBy(t => t.Threat).First();
        var highest = r.Catalog.RiskModel.Grades.First(g => applied.Any(t => t.Risk.Grade == g.Grade));
        var texts = svg.Descendants(Ns + "g").Where(g => g.Element(Ns + "title")?.Value.StartsWith($"{row.Label} × {r.ThreatTitle(applied.Key)}:", StringComparison.Ordinal) == true).Select(g => g.Element(Ns + "text")!.Value);
        Assert.Equal($"{highest.Grade} {applied.Select(t => t.Zone).Distinct().Count()}", Assert.Single(texts));
    }

    [Fact]
    public void A_drill_down_draws_only_its_zones_one_per_row_without_the_whole_site()
    {
        var r = Large(Language.En);
        var group = ChartRows.Of(r.Analysis, r.Catalog, r.Language)[0];
        var ids = group.Zones.ToHashSet();

        var rows = ChartRows.Of(r.Analysis, r.Catalog, r.Language, ids.Contains);
        var svg = Parse(RiskHeatMap.Render(r.Analysis, r.Catalog, r.Language, rows, wholeSite: false));

        Assert.Equal(group.Zones.Count, rows.Count);
        Assert.All(rows, row => Assert.Null(row.Group));
        Assert.Empty(svg.Descendants(Ns + "a"));
    }
}
