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
        var svg = XDocument.Parse(empty.Svg).Root!;
        Assert.Empty(svg.Descendants("circle"));
        // No axis: an empty one reads as a score of nothing. The sentence is what the picture shows.
        Assert.Empty(svg.Descendants("line"));
        Assert.Equal(empty.Label, svg.Elements("text").Single().Value);
    }

    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public void The_axis_name_stands_clear_of_the_top_ticks_number_and_of_a_full_score(Language language)
    {
        var svg = XDocument.Parse(AssessmentTrendChart.Draw([new("2026 spring", new DateOnly(2026, 4, 30), 1.0), .. Rounds], language).Svg).Root!;
        var texts = svg.Descendants("text").ToList();
        var name = Box(texts.Single(t => (string?)t.Attribute("class") == "axis-name"));
        var hundred = Box(texts.Single(t => t.Attribute("class") is null && t.Value.StartsWith("100", StringComparison.Ordinal)));
        var full = Box(texts.First(t => (string?)t.Attribute("class") == "value" && t.Value.StartsWith("100", StringComparison.Ordinal)));

        Assert.False(name.Overlaps(hundred), $"axis name {name} against the tick's number {hundred}");
        Assert.False(name.Overlaps(full), $"axis name {name} against the full score's number {full}");
        Assert.True(name.Left + 2 >= 0 && name.Top + 2 >= 0, $"axis name {name} outside the picture"); // the glyphs, without the margin
    }

    /// <summary>
    /// Where a text's glyphs may reach: its width as the charts estimate it (<c>Svg.Width</c>), from a full font
    /// size above the baseline to a third below it (descenders), with two units kept free all round.
    /// </summary>
    private static TextBox Box(XElement text)
    {
        var size = 12.0;
        var x = (double)text.Attribute("x")!;
        var y = (double)text.Attribute("y")!;
        var width = FactoryCps.Charts.Svg.Width(text.Value, size);
        var left = (string?)text.Attribute("text-anchor") switch { "end" => x - width, "middle" => x - (width / 2), _ => x };
        return new TextBox(left - 2, y - size - 2, left + width + 2, y + (size / 3) + 2);
    }

    private sealed record TextBox(double Left, double Top, double Right, double Bottom)
    {
        public bool Overlaps(TextBox other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
    }
}
