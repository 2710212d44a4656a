using System.Globalization;
using System.Text;
using FactoryCps.Resources;

namespace FactoryCps.Reports;

/// <summary>The report as Markdown, for review in git: the same tables as the workbook, with headings.</summary>
internal static class MarkdownReport
{
    public static string Render(ReportContext context)
    {
        var md = new StringBuilder();
        var analysis = context.Analysis;
        md.Append(CultureInfo.InvariantCulture, $"# {context.L(nameof(ReportText.Title))}: {Escape(context.SiteName)}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- {context.L(nameof(ReportText.AnalysisDate))}: {context.Date}\n");
        md.Append(CultureInfo.InvariantCulture, $"- {context.L(nameof(ReportText.FigureThreats))}: {analysis.Threats.Count} ({analysis.Threats.Count(t => t.Covered)})\n");
        md.Append(CultureInfo.InvariantCulture, $"- {context.L(nameof(ReportText.FigureCoverage))}: {Math.Round(analysis.Coverage * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)}%\n");
        md.Append(CultureInfo.InvariantCulture, $"- {context.L(nameof(ReportText.FigureHighFindings))}: {analysis.Findings.Count(f => f.Severity == "high")}\n\n");
        foreach (var table in ReportTables.Build(context))
        {
            md.Append(CultureInfo.InvariantCulture, $"## {Escape(table.Name)}\n\n");
            md.Append("| ").AppendJoin(" | ", table.Headers.Select(Escape)).Append(" |\n");
            md.Append('|').AppendJoin('|', table.Headers.Select(_ => " --- ")).Append("|\n");
            foreach (var row in table.Rows)
            {
                md.Append("| ").AppendJoin(" | ", row.Select(v => Escape(v switch
                {
                    int number => number.ToString(CultureInfo.InvariantCulture),
                    null => "",
                    _ => v.ToString(),
                }))).Append(" |\n");
            }

            md.Append('\n');
        }

        md.Append(context.L(nameof(ReportText.GeneratedBy), context.Version, context.Date)).Append('\n');
        return md.ToString();
    }

    /// <summary>Keeps user text from breaking the table or turning into markup.</summary>
    private static string Escape(string? text) =>
        (text ?? "").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace("<br&gt;", "<br>", StringComparison.Ordinal);
}
