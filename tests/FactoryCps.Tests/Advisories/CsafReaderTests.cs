using System.Text;
using FactoryCps.Advisories;

namespace FactoryCps.Tests.Advisories;

public sealed class CsafReaderTests
{
    [Fact]
    public void Syntax_errors_name_the_line()
    {
        var report = CsafValidator.Validate("broken.json", Encoding.UTF8.GetBytes("{\n  \"document\": {\n    \"category\": oops\n  }\n}"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal("json", finding.TestId);
        Assert.Equal(3, finding.Message.Args[0]);
        Assert.Equal(17, finding.Message.Args[1]);
        Assert.Equal("JSON が不正です（3 行 17 列）: 文字列や項目名は二重引用符（\"）で囲みます", finding.Message.Render(FactoryCps.Localization.Language.Ja));
        Assert.False(report.IsValid);
        Assert.Null(report.Document);
    }

    [Fact]
    public void Deep_nesting_is_refused_rather_than_recursed()
    {
        var deep = new string('[', 200) + new string(']', 200);

        var report = CsafValidator.Validate("deep.json", Encoding.UTF8.GetBytes(deep));

        Assert.Equal("json", Assert.Single(report.Findings).TestId);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_ignored()
    {
        var report = CsafValidator.Validate("bom.json", new byte[] { 0xEF, 0xBB, 0xBF, (byte)'[', (byte)']' });

        Assert.Equal("CsafNotAnObject", Assert.Single(report.Findings).Message.Key);
    }

    [Fact]
    public void A_top_level_array_is_not_a_document()
    {
        var report = CsafValidator.Validate("array.json", Encoding.UTF8.GetBytes("[]"));

        Assert.Equal("CsafNotAnObject", Assert.Single(report.Findings).Message.Key);
    }

    [Fact]
    public void Missing_files_are_reported()
    {
        var report = CsafValidator.ValidateFile(Path.Combine(Path.GetTempPath(), "no-such-advisory.json"));

        Assert.Equal("CsafFileMissing", Assert.Single(report.Findings).Message.Key);
    }

    [Theory]
    [InlineData("vers:all/*", true)]
    [InlineData("vers:all/<V3.5.20", true)]
    [InlineData("<= 2.1", true)]
    [InlineData("All versions", true)]
    [InlineData("prior to 4.0", true)]
    [InlineData("V2.0 SP1", false)]
    [InlineData("4.2.1", false)]
    [InlineData("Allen-Bradley 5.0", false)]
    [InlineData("after-eight", false)]
    [InlineData("3.X versions", true)]
    public void Version_ranges_are_recognised_in_product_versions(string name, bool isRange)
    {
        Assert.Equal(isRange, FactoryCps.Advisories.Validation.ProductTreeTests.LooksLikeRange(name));
    }

    [Theory]
    [InlineData("OASIS_CSAF_TC-CSAF_2.0-2021-6-2-11-11", "oasis_csaf_tc-csaf_2_0-2021-6-2-11-11.json")]
    [InlineData("ICSA-23-348-10", "icsa-23-348-10.json")]
    [InlineData("cisco-sa-20180328-smi2", "cisco-sa-20180328-smi2.json")]
    [InlineData("RHSA-2020:1358", "rhsa-2020_1358.json")]
    public void File_names_follow_section_5_1(string trackingId, string fileName)
    {
        Assert.Equal(fileName, FactoryCps.Advisories.Validation.DocumentOptionalTests.FileName(trackingId));
    }

    [Theory]
    [InlineData("qtx", true)]
    [InlineData("en-QM", true)]
    [InlineData("en-Qabc", true)]
    [InlineData("fr-ZZ", true)]
    [InlineData("de-x-plant", true)]
    [InlineData("en-US", false)]
    [InlineData("ja", false)]
    public void Private_use_language_tags_are_recognised(string tag, bool isPrivate)
    {
        Assert.Equal(isPrivate, FactoryCps.Advisories.Validation.DocumentOptionalTests.IsPrivateUse(tag));
    }
}
