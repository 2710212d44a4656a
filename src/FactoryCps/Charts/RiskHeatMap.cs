using System.Globalization;
using System.Text;
using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Localization;
using FactoryCps.Resources;

namespace FactoryCps.Charts;

/// <summary>
/// The risk heat map: zones (or groups of zones, <see cref="ChartRows"/>) down, the threats that apply across,
/// each cell filled by the highest risk grade and carrying that grade's letter (and in a group the number of its
/// zones the threat applies to), with the grade's word in the legend and in each cell's title. Server-rendered SVG,
/// the same on the dashboard and in the HTML report.
/// </summary>
internal static class RiskHeatMap
{
    private const double Font = 12;
    private const double CellHeight = 24;
    private const double HeaderAngle = 55;
    private const double HeaderMax = 190;

    /// <summary>The picture for <paramref name="rows"/>; <paramref name="link"/> gives a group's drill-down address (none in a file).</summary>
    public static string Render(AnalysisResult analysis, GuidelineCatalog catalog, Language language, IReadOnlyList<ChartRow> rows, Func<ChartGroup, string>? link = null, bool wholeSite = true) =>
        Draw(analysis, catalog, language, rows, link, wholeSite).Svg;

    /// <summary>The picture with what an image of it needs: its sentence (the alternative text) and its size.</summary>
    public static ChartPicture Draw(AnalysisResult analysis, GuidelineCatalog catalog, Language language, IReadOnlyList<ChartRow> rows, Func<ChartGroup, string>? link = null, bool wholeSite = true)
    {
        var grades = catalog.RiskModel.Grades;
        var gradeIndex = grades.Select((g, i) => (g.Grade, i)).ToDictionary(p => p.Grade, p => p.i, StringComparer.Ordinal);
        var byZone = analysis.Threats.ToLookup(t => t.Zone ?? "", StringComparer.Ordinal);
        var all = rows.ToList();
        if (wholeSite && byZone.Contains(""))
        {
            all.Insert(0, new ChartRow(ChartRows.Text(language, nameof(ReportText.WholeSite)), [""], null));
        }

        var threatOrder = catalog.Threats.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var columns = all.SelectMany(r => r.Zones).Distinct(StringComparer.Ordinal).SelectMany(z => byZone[z]).Select(t => t.Threat)
            .Distinct(StringComparer.Ordinal).OrderBy(t => threatOrder.GetValueOrDefault(t, int.MaxValue)).ThenBy(t => t, StringComparer.Ordinal).ToList();
        var titles = columns.Select(t => catalog.ThreatsById.TryGetValue(t, out var threat) ? threat.Title.Get(language) : t).ToList();
        var grouped = all.Any(r => r.Group is not null);
        var cellWidth = grouped ? 44.0 : 30.0;

        var labelWidth = Math.Min(360, all.Select(r => Svg.Width(r.Label, Font)).DefaultIfEmpty(60).Max() + 16);
        var fitted = titles.Select(t => Svg.Fit(t, Font, HeaderMax)).ToList();
        var radians = HeaderAngle * Math.PI / 180;
        var headerHeight = (fitted.Select(t => Svg.Width(t, Font)).DefaultIfEmpty(40).Max() * Math.Sin(radians)) + 16;
        var gridWidth = columns.Count * cellWidth;
        var width = labelWidth + gridWidth + (Math.Cos(radians) * HeaderMax) + 8;
        var legend = grades.Select((g, i) => (g.Grade, g.Label.Get(language), ChartPalette.Grade(i)))
            .Append(("–", ChartRows.Text(language, nameof(ReportText.ChartNotApplying)), ChartPalette.Empty)).ToList();
        width = Math.Max(width, LegendWidth(legend));
        var note = ChartRows.Text(language, nameof(ReportText.ChartGroupNote));
        width = grouped ? Math.Max(width, Svg.Width(note, Font) + 8) : width;
        var legendTop = headerHeight + (all.Count * CellHeight) + 14;
        var height = legendTop + (grouped ? 48 : 30);

        var drawn = all.SelectMany(r => r.Zones).ToHashSet(StringComparer.Ordinal);
        var worst = analysis.Threats.Where(t => drawn.Contains(t.Zone ?? ""))
            .Select(t => gradeIndex.GetValueOrDefault(t.Risk.Grade, grades.Count - 1)).DefaultIfEmpty(-1).Min();
        var aria = string.Format(
            language.Culture(),
            ChartRows.Text(language, nameof(ReportText.ChartHeatMapAria)),
            all.Count,
            columns.Count,
            worst < 0 ? "-" : grades[worst].Label.Get(language));
        var interactive = link is not null && grouped;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart heat-map\" viewBox=\"0 0 {Svg.N(width)} {Svg.N(height)}\" width=\"{Svg.N(width)}\" height=\"{Svg.N(height)}\" ")
            .Append(interactive ? "role=\"group\"" : "role=\"img\"").Append(CultureInfo.InvariantCulture, $" aria-label=\"{Svg.Escape(aria)}\" font-size=\"{Svg.N(Font)}\" fill=\"{ChartPalette.Ink}\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{Svg.Escape(aria)}</title>");

        for (var c = 0; c < columns.Count; c++)
        {
            var x = labelWidth + (c * cellWidth) + (cellWidth / 2);
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"column\"><title>{Svg.Escape(titles[c])}</title><text x=\"{Svg.N(x)}\" y=\"{Svg.N(headerHeight - 6)}\" transform=\"rotate(-{Svg.N(HeaderAngle)} {Svg.N(x)} {Svg.N(headerHeight - 6)})\">{Svg.Escape(fitted[c])}</text></g>");
        }

        for (var r = 0; r < all.Count; r++)
        {
            var row = all[r];
            var y = headerHeight + (r * CellHeight);
            var label = $"<text x=\"0\" y=\"{Svg.N(y + 16)}\">{Svg.Escape(Svg.Fit(row.Label, Font, labelWidth - 12))}<title>{Svg.Escape(row.Label)}</title></text>";
            svg.Append(interactive && row.Group is { } group ? $"<a href=\"{Svg.Escape(link!(group))}\" class=\"drill-down\">{label}</a>" : label);
            var threats = row.Zones.SelectMany(z => byZone[z]).ToLookup(t => t.Threat, StringComparer.Ordinal);
            // A row's cells whose threat does not apply share one background and carry only their dash (the legend
            // says what it means), without a sentence each: they are most of the dashboard's cells, and their
            // markup was most of its bytes (docs/performance.md, issue 16).
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Svg.N(labelWidth + 1)}\" y=\"{Svg.N(y + 1)}\" width=\"{Svg.N(gridWidth - 2)}\" height=\"{Svg.N(CellHeight - 2)}\" fill=\"{ChartPalette.Empty.Fill}\"/>");
            var dashes = new StringBuilder();
            for (var c = 0; c < columns.Count; c++)
            {
                var x = labelWidth + (c * cellWidth);
                var applied = threats[columns[c]].ToList();
                var rect = $"<rect x=\"{Svg.N(x + 1)}\" y=\"{Svg.N(y + 1)}\" width=\"{Svg.N(cellWidth - 2)}\" height=\"{Svg.N(CellHeight - 2)}\" rx=\"2\" ";
                var centre = $"x=\"{Svg.N(x + (cellWidth / 2))}\" y=\"{Svg.N(y + 16)}\" text-anchor=\"middle\"";
                if (applied.Count == 0)
                {
                    dashes.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(x + (cellWidth / 2))}\" y=\"{Svg.N(y + 16)}\">–</text>");
                    continue;
                }

                var highest = applied.Min(t => gradeIndex.GetValueOrDefault(t.Risk.Grade, grades.Count - 1));
                var grade = grades[highest];
                var colour = ChartPalette.Grade(highest);
                var zones = applied.Select(t => t.Zone).Distinct().Count();
                var text = row.Group is null ? grade.Grade : $"{grade.Grade} {zones}";
                var title = row.Group is null
                    ? $"{row.Label} × {titles[c]}: {grade.Label.Get(language)} ({grade.Grade}), {applied.Max(t => t.Risk.Score)}"
                    : $"{row.Label} × {titles[c]}: {grade.Label.Get(language)} ({grade.Grade}), " + string.Format(language.Culture(), ChartRows.Text(language, nameof(ReportText.ChartZonesApplying)), zones);
                svg.Append(CultureInfo.InvariantCulture, $"<g class=\"cell grade-{grade.Grade}\"><title>{Svg.Escape(title)}</title>{rect}fill=\"{colour.Fill}\"/><text {centre} fill=\"{colour.Text}\" font-weight=\"bold\">{Svg.Escape(text)}</text></g>");
            }

            if (dashes.Length > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<g class=\"empty\" text-anchor=\"middle\" fill=\"{ChartPalette.Empty.Text}\">").Append(dashes).Append("</g>");
            }
        }

        Legend(svg, legend, legendTop);
        if (grouped)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{Svg.N(legendTop + 40)}\">{Svg.Escape(note)}</text>");
        }

        return new ChartPicture(svg.Append("</svg>").ToString(), aria, width, height);
    }

    internal static double LegendWidth(IEnumerable<(string Mark, string Word, ChartColour Colour)> items) =>
        items.Sum(i => Math.Max(22, Svg.Width(i.Mark, Font) + 8) + Svg.Width(i.Word, Font) + 18);

    /// <summary>Swatches in a line, each with its mark inside and its word beside it.</summary>
    internal static void Legend(StringBuilder svg, IEnumerable<(string Mark, string Word, ChartColour Colour)> items, double top)
    {
        var x = 0.0;
        svg.Append("<g class=\"legend\">");
        foreach (var (mark, word, colour) in items)
        {
            var swatch = Math.Max(22, Svg.Width(mark, Font) + 8);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Svg.N(x)}\" y=\"{Svg.N(top)}\" width=\"{Svg.N(swatch)}\" height=\"18\" rx=\"2\" fill=\"{colour.Fill}\" stroke=\"{ChartPalette.Line}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(x + (swatch / 2))}\" y=\"{Svg.N(top + 13)}\" text-anchor=\"middle\" fill=\"{colour.Text}\" font-weight=\"bold\">{Svg.Escape(mark)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(x + swatch + 4)}\" y=\"{Svg.N(top + 13)}\">{Svg.Escape(word)}</text>");
            x += swatch + Svg.Width(word, Font) + 18;
        }

        svg.Append("</g>");
    }
}
