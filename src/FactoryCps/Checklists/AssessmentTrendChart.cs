using System.Globalization;
using System.Text;
using FactoryCps.Charts;
using FactoryCps.Localization;
using FactoryCps.Resources;

namespace FactoryCps.Checklists;

/// <summary>A closed round on the trend: its title, when it closed, and the site's score (null: every question not applicable).</summary>
internal sealed record TrendPoint(string Title, DateOnly Closed, double? Score);

/// <summary>
/// The site's score over closed rounds as SVG, drawn as the other charts are (<see cref="ChartPalette"/>,
/// <see cref="Svg"/>; presentation attributes, no inline style): a line through one mark per round, each mark with its
/// percentage written beside it and a title naming the round, its date and score, so nothing is told by colour or
/// position alone. It lives here rather than in Charts/ because it draws this folder's points, and Charts/ sits below.
/// </summary>
internal static class AssessmentTrendChart
{
    private const double Font = 12;
    private const double Left = 56;

    /// <summary>Room above the plot for the axis' name, on a line of its own above the top tick's number (never beside it, where a longer word would run into "100 %").</summary>
    private const double Top = 36;
    private const double PlotHeight = 160;
    private const double Step = 72;
    private const string LineColour = "#1565c0";

    public static ChartPicture Draw(IReadOnlyList<TrendPoint> points, Language language)
    {
        if (points.Count == 0)
        {
            return Empty(language);
        }

        var culture = language.Culture();
        var label = ChecklistWords.Text(nameof(ChecklistText.TrendChartLabel), language, points.Count, points[0].Title, ChecklistWords.Percent(points[0].Score, language), points[^1].Title, ChecklistWords.Percent(points[^1].Score, language));
        var width = Left + (Math.Max(points.Count, 1) * Step) + 24;
        var height = Top + PlotHeight + 40;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart assessment-trend\" viewBox=\"0 0 {Svg.N(width)} {Svg.N(height)}\" width=\"{Svg.N(width)}\" height=\"{Svg.N(height)}\" role=\"img\" aria-label=\"{Svg.Escape(label)}\" font-size=\"{Svg.N(Font)}\" fill=\"{ChartPalette.Ink}\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{Svg.Escape(label)}</title>");

        // The axis: 0, 50 and 100 % with their numbers written, and the axis' name.
        svg.Append("<g class=\"axis\">");
        foreach (var percent in new[] { 0, 50, 100 })
        {
            var y = Y(percent / 100.0);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Svg.N(Left)}\" y1=\"{Svg.N(y)}\" x2=\"{Svg.N(width - 8)}\" y2=\"{Svg.N(y)}\" stroke=\"{ChartPalette.Line}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(Left - 6)}\" y=\"{Svg.N(y + 4)}\" text-anchor=\"end\">{Svg.Escape(ChecklistWords.Text(nameof(ChecklistText.ScorePercent), language, percent))}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis-name\" x=\"0\" y=\"{Svg.N(Font + 2)}\">{Svg.Escape(ChecklistWords.Text(nameof(ChecklistText.TrendAxisScore), language))}</text></g>");

        var scored = points.Select((p, i) => (Point: p, X: X(i))).Where(p => p.Point.Score is not null).ToList();
        if (scored.Count > 1)
        {
            var line = string.Join(" ", scored.Select(p => $"{Svg.N(p.X)},{Svg.N(Y(p.Point.Score!.Value))}"));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"trend\" points=\"{line}\" fill=\"none\" stroke=\"{LineColour}\" stroke-width=\"2\"/>");
        }

        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var x = X(i);
            var value = ChecklistWords.Percent(point.Score, language);
            var title = ChecklistWords.Text(nameof(ChecklistText.TrendPointTitle), language, point.Title, point.Closed.ToDateTime(TimeOnly.MinValue), value);
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"point\"><title>{Svg.Escape(title)}</title>");
            if (point.Score is { } score)
            {
                var y = Y(score);
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Svg.N(x)}\" cy=\"{Svg.N(y)}\" r=\"5\" fill=\"{LineColour}\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>")
                    .Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{Svg.N(x)}\" y=\"{Svg.N(y - 9)}\" text-anchor=\"middle\">{Svg.Escape(value)}</text>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{Svg.N(x)}\" y=\"{Svg.N(Y(0) - 9)}\" text-anchor=\"middle\">－</text>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"date\" x=\"{Svg.N(x)}\" y=\"{Svg.N(Top + PlotHeight + 20)}\" text-anchor=\"middle\">{Svg.Escape(point.Closed.ToString("yyyy-MM-dd", culture))}</text></g>");
        }

        return new ChartPicture(svg.Append("</svg>").ToString(), label, width, height);
    }

    /// <summary>Before the first round closes: the sentence saying so, and no axis that would look like a score of nothing.</summary>
    private static ChartPicture Empty(Language language)
    {
        var text = ChecklistWords.Text(nameof(ChecklistText.TrendChartEmpty), language);
        var width = Svg.Width(text, Font) + 16;
        var height = (Font * 2) + 8;
        var svg = string.Create(CultureInfo.InvariantCulture, $"<svg class=\"chart assessment-trend empty\" viewBox=\"0 0 {Svg.N(width)} {Svg.N(height)}\" width=\"{Svg.N(width)}\" height=\"{Svg.N(height)}\" role=\"img\" aria-label=\"{Svg.Escape(text)}\" font-size=\"{Svg.N(Font)}\" fill=\"{ChartPalette.Ink}\"><title>{Svg.Escape(text)}</title><text x=\"8\" y=\"{Svg.N(Font + 8)}\">{Svg.Escape(text)}</text></svg>");
        return new ChartPicture(svg, text, width, height);
    }

    private static double X(int index) => Left + (Step / 2) + (index * Step);

    private static double Y(double score) => Top + (PlotHeight * (1 - Math.Clamp(score, 0, 1)));
}
