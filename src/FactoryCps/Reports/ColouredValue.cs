using FactoryCps.Charts;

namespace FactoryCps.Reports;

/// <summary>
/// A table value whose colour says its risk grade or countermeasure status, as on the dashboard: the workbook fills
/// its cell with the palette's colour, and every format writes <see cref="Text"/>, which carries the same meaning
/// in words or marks (colour is never alone).
/// </summary>
internal sealed record ColouredValue(string Text, ChartColour Colour)
{
    /// <summary>A status as its mark and word ("✓ 実施済"), the marks of the coverage chart's legend.</summary>
    public static ColouredValue Status(ReportContext context, string status) =>
        new(CoverageChart.Marks.TryGetValue(status, out var mark) ? $"{mark} {context.Status(status)}" : context.Status(status), ChartPalette.Status(status));

    /// <summary>A risk grade as its letter, filled with its colour (the catalogue lists the grades highest first).</summary>
    public static ColouredValue Grade(ReportContext context, string grade)
    {
        var index = context.Catalog.RiskModel.Grades.Select(g => g.Grade).ToList().IndexOf(grade);
        return new(grade, index < 0 ? ChartPalette.Empty : ChartPalette.Grade(index));
    }

    public override string ToString() => Text;
}
