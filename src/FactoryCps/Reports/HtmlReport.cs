using System.Globalization;
using FactoryCps.Resources;

namespace FactoryCps.Reports;

/// <summary>
/// The report management and auditors read: one self-contained HTML file (inline CSS and SVG, no external
/// requests, a CSP that forbids them), printable on A4 with sensible page breaks, in Japanese or English.
/// </summary>
internal static partial class HtmlReport
{
    public static string Render(ReportContext context)
    {
        var lang = context.Language == Localization.Language.En ? "en" : "ja";
        var html = new HtmlWriter();
        html.Raw("<!DOCTYPE html><html lang=\"").Raw(lang).Raw("\"><head><meta charset=\"utf-8\">")
            .Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<title>").Raw(HtmlWriter.Escape($"{context.L(nameof(ReportText.Title))} — {context.SiteName}")).Raw("</title>")
            .Raw("<style>").Raw(Css).Raw("</style></head><body>");

        Header(html, context);
        Summary(html, context);
        Step1(html, context);
        Pictures(html, context);
        html.Section("diagram", context.L(nameof(ReportText.DiagramTitle)), h => h.Raw("<div class=\"diagram\">").Raw(context.Diagram(assets: false).Svg).Raw("</div>"));
        Threats(html, context);
        Plan(html, context);
        Findings(html, context);
        html.Raw("<footer>").Raw(HtmlWriter.Escape(context.L(nameof(ReportText.GeneratedBy), context.Version, context.Date))).Raw("</footer></body></html>");
        return html.ToString();
    }

    private static void Header(HtmlWriter html, ReportContext context)
    {
        var site = context.Analysis.Model.Site;
        html.Raw("<header><h1>").Raw(HtmlWriter.Escape(context.L(nameof(ReportText.Title)))).Raw("<br><span class=\"site\">")
            .Raw(HtmlWriter.Escape(context.SiteName)).Raw("</span></h1><dl class=\"meta\">");
        foreach (var (label, value) in new[]
        {
            (context.L(nameof(ReportText.Organization)), site.Organization),
            (context.L(nameof(ReportText.Industry)), site.Industry),
            (context.L(nameof(ReportText.AnalysisDate)), context.Date),
        })
        {
            if (!string.IsNullOrEmpty(value))
            {
                html.Element("dt", label).Element("dd", value);
            }
        }

        html.Raw("</dl></header>");
    }

    /// <summary>The summary shares the first page with the title; every later section starts a page of its own.</summary>
    private static void Summary(HtmlWriter html, ReportContext context) =>
        html.Section("summary", context.L(nameof(ReportText.SummaryTitle)), pageBreak: false, body: h =>
        {
            var analysis = context.Analysis;
            h.Raw("<div class=\"figures\">");
            Figure(h, context.L(nameof(ReportText.FigureZones)), analysis.Zones.Count.ToString(CultureInfo.InvariantCulture));
            Figure(h, context.L(nameof(ReportText.FigureAssets)), analysis.Assets.Count.ToString(CultureInfo.InvariantCulture));
            Figure(h, context.L(nameof(ReportText.FigureThreats)), $"{analysis.Threats.Count} ({analysis.Threats.Count(t => t.Covered)})");
            Figure(h, context.L(nameof(ReportText.FigureCoverage)), $"{Math.Round(analysis.Coverage * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)}%");
            Figure(h, context.L(nameof(ReportText.FigureHighFindings)), analysis.Findings.Count(f => f.Severity == "high").ToString(CultureInfo.InvariantCulture));
            h.Raw("</div><h3>").Raw(HtmlWriter.Escape(context.L(nameof(ReportText.RiskDistribution)))).Raw("</h3>").Raw(GradeChart(context));
            h.Element("h3", context.L(nameof(ReportText.TopRisksTitle)));
            RiskTable(h, context, context.ThreatsByRisk().Take(5));
            h.Element("h3", context.L(nameof(ReportText.TopActionsTitle)));
            ActionTable(h, context, context.Plan.Actions.Take(5));
        });

    /// <summary>
    /// The risk heat map and coverage per zone, the same SVG as the dashboard's; on a large site grouped by
    /// template and target level, without the dashboard's drill-down links (a file has no pages to go to).
    /// </summary>
    private static void Pictures(HtmlWriter html, ReportContext context)
    {
        var rows = Charts.ChartRows.Of(context.Analysis, context.Catalog, context.Language);
        html.Section("heat-map", context.L(nameof(ReportText.ChartHeatMapTitle)), h =>
        {
            h.Raw("<div class=\"chart-box\">").Raw(Charts.RiskHeatMap.Render(context.Analysis, context.Catalog, context.Language, rows)).Raw("</div>");
            h.Element("h3", context.L(nameof(ReportText.ChartCoverageTitle)));
            h.Raw("<div class=\"chart-box\" id=\"coverage-chart\">").Raw(Charts.CoverageChart.Render(context.Plan, context.Language, rows)).Raw("</div>");
        });
    }

    private static void Figure(HtmlWriter html, string label, string value) =>
        html.Raw("<div class=\"figure\"><div class=\"value\">").Raw(HtmlWriter.Escape(value)).Raw("</div><div class=\"label\">").Raw(HtmlWriter.Escape(label)).Raw("</div></div>");

    /// <summary>Horizontal bars, one per grade, drawn as inline SVG so the page needs nothing from outside.</summary>
    private static string GradeChart(ReportContext context)
    {
        var grades = context.Catalog.RiskModel.Grades;
        var counts = grades.Select(g => context.Analysis.Threats.Count(t => t.Risk.Grade == g.Grade)).ToList();
        var max = Math.Max(1, counts.Max());
        var colors = new[] { "#b71c1c", "#e65100", "#f9a825", "#7cb342", "#2e7d32" };
        var svg = new System.Text.StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 520 {(grades.Count * 26) + 4}\" width=\"520\" height=\"{(grades.Count * 26) + 4}\" role=\"img\" font-size=\"12\">");
        for (var i = 0; i < grades.Count; i++)
        {
            var width = (int)Math.Round(360.0 * counts[i] / max);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{(i * 26) + 17}\">{HtmlWriter.Escape($"{grades[i].Grade} {context.T(grades[i].Label)}")}</text><rect x=\"120\" y=\"{(i * 26) + 4}\" width=\"{Math.Max(width, 1)}\" height=\"18\" fill=\"{colors[Math.Min(i, colors.Length - 1)]}\"/><text x=\"{126 + width}\" y=\"{(i * 26) + 17}\">{counts[i]}</text>");
        }

        return svg.Append("</svg>").ToString();
    }
}
