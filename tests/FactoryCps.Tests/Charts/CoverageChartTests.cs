using FactoryCps.Charts;
using FactoryCps.Localization;
using FactoryCps.Model;
using FactoryCps.Tests.Reports;
using static FactoryCps.Tests.Charts.ChartFixture;

namespace FactoryCps.Tests.Charts;

public sealed class CoverageChartTests
{
    [Fact]
    public void Each_zone_has_a_bar_split_by_status_with_its_counts_as_text()
    {
        var r = ReportFixture.Sample(Language.En);
        var rows = ChartRows.Of(r.Analysis, r.Catalog, r.Language);

        var markup = CoverageChart.Render(r.Plan, r.Language, rows);
        var svg = Parse(markup);

        Assert.DoesNotContain("style=", markup, StringComparison.Ordinal);
        var counts = svg.Descendants(Ns + "text").Where(t => (string?)t.Attribute("class") == "counts").Select(t => t.Value).ToList();
        Assert.Equal(rows.Count, counts.Count);
        var policy = r.Plan.Zones.First(p => p.Required.Count > 0);
        var index = rows.ToList().FindIndex(row => row.Zones.Single() == policy.Zone);
        var expected = string.Join(" ", CountermeasureStatus.Statuses
            .Select(s => (s, n: policy.Required.Count(c => c.Status == s)))
            .Where(p => p.n > 0)
            .Select(p => $"{CoverageChart.Marks[p.s]}{p.n}"));
        Assert.Equal(expected, counts[index]);

        // Every segment says its status and count in words, and is filled with the status's colour.
        var segments = svg.Descendants(Ns + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("segment status-", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(segments);
        Assert.All(segments, s =>
        {
            var status = ((string)s.Attribute("class")!)["segment status-".Length..];
            Assert.Equal(ChartPalette.Status(status).Fill, (string?)s.Element(Ns + "rect")!.Attribute("fill"));
            Assert.Contains(r.Status(status), s.Element(Ns + "title")!.Value, StringComparison.Ordinal);
        });
        var legend = svg.Descendants(Ns + "g").Single(g => (string?)g.Attribute("class") == "legend");
        Assert.All(CountermeasureStatus.Statuses, s => Assert.Contains(legend.Elements(Ns + "text"), t => t.Value == r.Status(s)));
    }

    [Fact]
    public void On_the_500_zone_site_a_group_bar_sums_its_zones()
    {
        var r = Large(Language.Ja);
        var rows = ChartRows.Of(r.Analysis, r.Catalog, r.Language);

        var svg = Parse(CoverageChart.Render(r.Plan, r.Language, rows, g => $"/g/{g.Template}/{g.Level}"));

        Assert.Equal(rows.Count, svg.Descendants(Ns + "a").Count());
        var row = rows[0];
        var missing = r.Plan.Zones.Where(p => row.Zones.Contains(p.Zone)).Sum(p => p.Required.Count(c => c.Status == "missing"));
        var counts = svg.Descendants(Ns + "text").First(t => (string?)t.Attribute("class") == "counts").Value;
        Assert.Contains($"{CoverageChart.Marks["missing"]}{missing}", counts.Split(' '));
    }
}
