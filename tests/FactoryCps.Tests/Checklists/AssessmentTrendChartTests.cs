using System.Xml.Linq;
using FactoryCps.Checklists;
using FactoryCps.Localization;

namespace FactoryCps.Tests.Checklists;

public sealed class AssessmentTrendChartTests
{
    private static readonly TrendPoint[] Rounds =
    [
        new("2025 spring", new DateOnly(2025, 4, 30), 0.25),
        new("2025 autumn", new DateOnly(2025, 10, 31), null),
        new("2026 spring", new DateOnly(2026, 4, 30), 0.625),
    ];

    [Theory]
    [InlineData(Language.Ja, "完了")]
    [InlineData(Language.En, "closed")]
    public void Each_round_is_a_mark_with_its_score_written_and_a_title_naming_it(Language language, string closedWord)
    {
        var picture = AssessmentTrendChart.Draw(Rounds, language);
        var svg = XDocument.Parse(picture.Svg).Root!;

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal(picture.Label, (string?)svg.Attribute("aria-label"));
        Assert.Contains("25 %", picture.Label, StringComparison.Ordinal);
        Assert.Contains("63 %", picture.Label, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", picture.Svg, StringComparison.Ordinal);
        var points = svg.Descendants("g").Where(g => (string?)g.Attribute("class") == "point").ToList();
        Assert.Equal(3, points.Count);
        Assert.All(points, p => Assert.Contains(closedWord, p.Element("title")!.Value, StringComparison.Ordinal));
        Assert.Equal(["25 %", "－", "63 %"], points.Select(p => p.Elements("text").Single(t => (string?)t.Attribute("class") == "value").Value));
        Assert.Equal(2, svg.Descendants("circle").Count()); // the round without a score has no mark on the line
        Assert.Equal(2, ((string)svg.Descendants("polyline").Single().Attribute("points")!).Split(' ').Length);
        Assert.StartsWith("<svg xmlns=", picture.File(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_languages_differ_and_no_round_yet_says_so()
    {
        Assert.NotEqual(AssessmentTrendChart.Draw(Rounds, Language.Ja).Label, AssessmentTrendChart.Draw(Rounds, Language.En).Label);

        var empty = AssessmentTrendChart.Draw([], Language.En);

        Assert.Contains("first closed round", empty.Label, StringComparison.Ordinal);
        Assert.Empty(XDocument.Parse(empty.Svg).Descendants("circle"));
    }
}
