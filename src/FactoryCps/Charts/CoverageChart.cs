using System.Globalization;
using System.Text;
using FactoryCps.Localization;
using FactoryCps.Model;
using FactoryCps.Plans;
using FactoryCps.Resources;

namespace FactoryCps.Charts;

/// <summary>
/// Coverage per zone: for each zone (or group of zones, <see cref="ChartRows"/>) one bar of the countermeasures
/// its target level requires against its threats, split by status (implemented, partial, planned, missing, not
/// applicable). Each status has a mark as well as a colour, each row ends with its counts as text, and the legend
/// gives each mark its word: nothing is told by colour alone.
/// </summary>
internal static class CoverageChart
{
    private const double Font = 12;
    private const double RowHeight = 24;
    private const double BarWidth = 320;

    /// <summary>The mark of each status, drawn in its segment, at the row's end and in the legend.</summary>
    public static IReadOnlyDictionary<string, string> Marks { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["implemented"] = "✓",
        ["partial"] = "◐",
        ["planned"] = "○",
        ["missing"] = "✕",
        ["not-applicable"] = "－",
    };

    public static string Render(SecurityPlan plan, Language language, IReadOnlyList<ChartRow> rows, Func<ChartGroup, string>? link = null) =>
        Draw(plan, language, rows, link).Svg;

    /// <summary>The picture with its sentence (the alternative text of an image of it) and its size.</summary>
    public static ChartPicture Draw(SecurityPlan plan, Language language, IReadOnlyList<ChartRow> rows, Func<ChartGroup, string>? link = null)
    {
        var policies = plan.Zones.DistinctBy(p => p.Zone).ToDictionary(p => p.Zone, StringComparer.Ordinal);
        var statuses = CountermeasureStatus.Statuses;
        var words = statuses.ToDictionary(s => s, s => ChartRows.Text(language, "Status_" + s), StringComparer.Ordinal);
        var counts = rows.Select(r => statuses.Select(s => r.Zones.Sum(z => policies.TryGetValue(z, out var p) ? p.Required.Count(c => c.Status == s) : 0)).ToList()).ToList();
        var ends = counts.Select(c => string.Join(" ", statuses.Select((s, i) => c[i] == 0 ? null : $"{Marks[s]}{c[i]}").Where(t => t is not null))).ToList();

        var labelWidth = Math.Min(360, rows.Select(r => Svg.Width(r.Label, Font)).DefaultIfEmpty(60).Max() + 16);
        var endWidth = ends.Select(e => Svg.Width(e, Font)).DefaultIfEmpty(40).Max() + 12;
        var legend = statuses.Select(s => (Marks[s], words[s], ChartPalette.Status(s))).ToList();
        var width = Math.Max(labelWidth + BarWidth + endWidth + 8, RiskHeatMap.LegendWidth(legend));
        var legendTop = (rows.Count * RowHeight) + 10;
        var height = legendTop + 26;
        var grouped = rows.Any(r => r.Group is not null);
        var interactive = link is not null && grouped;

        var required = counts.Sum(c => c.Sum());
        var implemented = counts.Sum(c => c[0]);
        var aria = string.Format(language.Culture(), ChartRows.Text(language, nameof(ReportText.ChartCoverageAria)), rows.Count, required, implemented);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart coverage\" viewBox=\"0 0 {Svg.N(width)} {Svg.N(height)}\" width=\"{Svg.N(width)}\" height=\"{Svg.N(height)}\" ")
            .Append(interactive ? "role=\"group\"" : "role=\"img\"").Append(CultureInfo.InvariantCulture, $" aria-label=\"{Svg.Escape(aria)}\" font-size=\"{Svg.N(Font)}\" fill=\"{ChartPalette.Ink}\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{Svg.Escape(aria)}</title>");
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var y = r * RowHeight;
            var label = $"<text x=\"0\" y=\"{Svg.N(y + 16)}\">{Svg.Escape(Svg.Fit(row.Label, Font, labelWidth - 12))}<title>{Svg.Escape(row.Label)}</title></text>";
            svg.Append(interactive && row.Group is { } group ? $"<a href=\"{Svg.Escape(link!(group))}\" class=\"drill-down\">{label}</a>" : label);
            var total = counts[r].Sum();
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"bar\"><rect x=\"{Svg.N(labelWidth)}\" y=\"{Svg.N(y + 2)}\" width=\"{Svg.N(BarWidth)}\" height=\"{Svg.N(RowHeight - 4)}\" fill=\"{ChartPalette.Empty.Fill}\" stroke=\"{ChartPalette.Line}\"/>");
            var x = labelWidth;
            for (var s = 0; s < statuses.Count; s++)
            {
                var count = counts[r][s];
                if (count == 0)
                {
                    continue;
                }

                var w = BarWidth * count / total;
                var colour = ChartPalette.Status(statuses[s]);
                var mark = $"{Marks[statuses[s]]}{count}";
                svg.Append(CultureInfo.InvariantCulture, $"<g class=\"segment status-{statuses[s]}\"><title>{Svg.Escape($"{row.Label}: {words[statuses[s]]} {count} / {total}")}</title>")
                    .Append(CultureInfo.InvariantCulture, $"<rect x=\"{Svg.N(x)}\" y=\"{Svg.N(y + 2)}\" width=\"{Svg.N(w)}\" height=\"{Svg.N(RowHeight - 4)}\" fill=\"{colour.Fill}\"/>");
                if (Svg.Width(mark, Font) + 4 <= w)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(x + (w / 2))}\" y=\"{Svg.N(y + 16)}\" text-anchor=\"middle\" fill=\"{colour.Text}\">{Svg.Escape(mark)}</text>");
                }

                svg.Append("</g>");
                x += w;
            }

            svg.Append("</g>");
            var end = total == 0 ? ChartRows.Text(language, nameof(ReportText.ChartNoneRequired)) : ends[r];
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"counts\" x=\"{Svg.N(labelWidth + BarWidth + 8)}\" y=\"{Svg.N(y + 16)}\">{Svg.Escape(end)}</text>");
        }

        RiskHeatMap.Legend(svg, legend, legendTop);
        return new ChartPicture(svg.Append("</svg>").ToString(), aria, width, height);
    }
}
