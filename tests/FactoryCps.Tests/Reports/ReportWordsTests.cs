using FactoryCps.Localization;
using FactoryCps.Reports;

namespace FactoryCps.Tests.Reports;

/// <summary>
/// The reports speak in words (issue 15): an asset's kind, a zone's template, an operation's impacts, an owner, a
/// conduit's controls and a finding's subject are words from the resources, the catalogue or the model's names.
/// The row's own id stays in its ID column.
/// </summary>
public sealed class ReportWordsTests
{
    [Fact]
    public void The_markdown_report_names_kinds_templates_impacts_owners_and_zones_in_words()
    {
        var markdown = MarkdownReport.Render(ReportFixture.Sample(Language.Ja));

        Assert.Contains("| ews-line1 | ライン1 エンジニアリング端末 | エンジニアリング端末 | 制御ゾーン（ライン1） | 生産（加工・組立） |", markdown, StringComparison.Ordinal);
        Assert.Contains("安全 3、品質 3", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("safety:3", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| plant-eng |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 生産技術課 |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| engineering-workstation |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| enterprise | 2 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_report_names_finding_subjects_owners_and_countermeasures_in_words()
    {
        var html = HtmlReport.Render(ReportFixture.Sample(Language.Ja));

        Assert.Contains("保護対象 ライン1 エンジニアリング端末", html, StringComparison.Ordinal);
        Assert.Contains("<td>生産技術課</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>plant-eng</td>", html, StringComparison.Ordinal);
        Assert.Contains("パッチ適用と脆弱性対応: 一部実施", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">dev-patch-management: ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void English_reports_use_the_english_words()
    {
        var markdown = MarkdownReport.Render(ReportFixture.Sample(Language.En));

        Assert.Contains("safety 3, quality 3", markdown, StringComparison.Ordinal);
        Assert.Contains("Engineering workstation", markdown, StringComparison.Ordinal);
    }
}
