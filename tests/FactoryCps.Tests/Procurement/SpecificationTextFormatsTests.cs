using System.Net;
using System.Text;
using FactoryCps.Localization;
using FactoryCps.Procurement;

namespace FactoryCps.Tests.Procurement;

/// <summary>The HTML and Markdown renderings: every section, in the requested language, user text kept as text.</summary>
public sealed class SpecificationTextFormatsTests
{
    private const string Hostile = "<script>alert(1)</script> | *x*";

    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public void Html_is_self_contained_and_has_every_section(Language language)
    {
        var html = Encoding.UTF8.GetString(SpecificationFormats.Render(ProcurementFixture.Build("analytics-cloud", language), "html"));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language.Code()}\">", html, StringComparison.Ordinal);
        var number = 0;
        foreach (var key in ProcurementSpecification.SectionKeys)
        {
            Assert.Contains($"<section id=\"{key}\"><h2>{++number}. {WebUtility.HtmlEncode(ProcurementFixture.Heading(key, language))}</h2>", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public void Markdown_has_every_section_as_a_numbered_level_2_heading(Language language)
    {
        var md = Encoding.UTF8.GetString(SpecificationFormats.Render(ProcurementFixture.Build("vision-sw", language), "md"));
        var headings = md.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            ProcurementSpecification.SectionKeys.Select((k, i) => $"## {i + 1}. {ProcurementFixture.Heading(k, language)}"),
            headings);
    }

    [Fact]
    public void User_text_cannot_become_markup()
    {
        var yaml = ProcurementFixture.SampleText.Replace("name: ライン2 検査カメラ", $"name: \"{Hostile}\"", StringComparison.Ordinal);
        var document = ProcurementFixture.Build("camera-line2", Language.En, yaml);

        var html = Encoding.UTF8.GetString(SpecificationFormats.Render(document, "html"));
        var md = Encoding.UTF8.GetString(SpecificationFormats.Render(document, "md"));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains("\\| \\*x\\*", md, StringComparison.Ordinal);
    }
}
