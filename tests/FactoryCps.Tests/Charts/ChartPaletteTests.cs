using FactoryCps.Charts;

namespace FactoryCps.Tests.Charts;

/// <summary>Every text drawn on a colour of the palette reads at WCAG AA (4.5:1), the grades and statuses in app.css alike.</summary>
public sealed class ChartPaletteTests
{
    [Fact]
    public void Every_fill_and_its_text_have_at_least_aa_contrast()
    {
        var colours = ChartPalette.Grades.Concat(ChartPalette.Statuses.Values).Append(ChartPalette.Empty).ToList();

        Assert.All(colours, c => Assert.True(ChartPalette.Contrast(c.Fill, c.Text) >= 4.5, $"{c.Text} on {c.Fill}: {ChartPalette.Contrast(c.Fill, c.Text):0.00}"));
        Assert.True(ChartPalette.Contrast("#ffffff", ChartPalette.Ink) >= 4.5);
    }

    [Fact]
    public void The_contrast_of_black_on_white_is_21()
    {
        Assert.Equal(21, ChartPalette.Contrast("#000000", "#ffffff"), 3);
        Assert.Equal(1, ChartPalette.Contrast("#777777", "#777777"), 3);
    }

    /// <summary>The tables' classes in app.css use the same pairs as the pictures.</summary>
    [Fact]
    public void The_web_style_sheet_colours_grades_and_statuses_as_the_palette_does()
    {
        var css = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "FactoryCps.Web", "wwwroot", "app.css"));
        var grades = new[] { "A", "B", "C", "D", "E" };
        for (var i = 0; i < grades.Length; i++)
        {
            Assert.Contains($".grade-{grades[i]} {{ background: {ChartPalette.Grades[i].Fill}; color: {Short(ChartPalette.Grades[i].Text)}; }}", css, StringComparison.Ordinal);
        }

        foreach (var (status, colour) in ChartPalette.Statuses)
        {
            Assert.Contains($".status-{status} {{ background: {colour.Fill}; color: {Short(colour.Text)}; }}", css, StringComparison.Ordinal);
        }
    }

    private static string Short(string colour) => colour switch { "#ffffff" => "#fff", "#000000" => "#000", _ => colour };
}
