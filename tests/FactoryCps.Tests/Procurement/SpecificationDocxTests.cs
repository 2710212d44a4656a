using DocumentFormat.OpenXml.Validation;
using FactoryCps.Localization;
using FactoryCps.Procurement;
using FactoryCps.Resources;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FactoryCps.Tests.Procurement;

/// <summary>The Word document opens with the Open XML SDK, is valid, and is built for editing: real styles, lists, tables.</summary>
public sealed class SpecificationDocxTests
{
    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public void Holds_every_section_heading_in_order_as_a_heading_1(Language language)
    {
        using var document = ProcurementFixture.OpenDocx(SpecificationFormats.Render(ProcurementFixture.Build("camera-line2", language), "docx"));

        Assert.Equal(
            ProcurementSpecification.SectionKeys.Select(k => ProcurementFixture.Heading(k, language)),
            ProcurementFixture.Styled(document, "Heading1"));
        Assert.Equal(12, ProcurementSpecification.SectionKeys.Count);
    }

    [Fact]
    public void Is_valid_open_xml_with_the_heading_styles_defined_in_its_styles_part()
    {
        var bytes = SpecificationFormats.Render(ProcurementFixture.Build("analytics-cloud", Language.Ja), "docx");
        using var document = ProcurementFixture.OpenDocx(bytes);

        var errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Select(s => s.StyleId?.Value).ToList();
        Assert.Superset(new HashSet<string?> { "Normal", "Title", "Heading1", "Heading2", "Heading3", "ListParagraph", "TableGrid" }, styles.ToHashSet());
        var heading1 = document.MainDocumentPart.StyleDefinitionsPart.Styles.Elements<W.Style>().Single(s => s.StyleId == "Heading1");
        Assert.Equal(0, heading1.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
    }

    [Fact]
    public void Clauses_are_word_lists_and_the_check_items_a_table_with_an_answer_column()
    {
        using var document = ProcurementFixture.OpenDocx(SpecificationFormats.Render(ProcurementFixture.Build("camera-line2"), "docx"));
        var body = document.MainDocumentPart!.Document!.Body!;

        var listed = body.Elements<W.Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).Select(p => p.InnerText).ToList();
        Assert.Contains(ProcurementFixture.Heading(nameof(ProcurementText.VulnNotify), Language.En), listed);
        Assert.NotNull(document.MainDocumentPart.NumberingDefinitionsPart?.Numbering);
        var headers = body.Elements<W.Table>().Select(t => t.Elements<W.TableRow>().First().InnerText).ToList();
        Assert.Contains(headers, h => h.EndsWith(ProcurementFixture.Heading(nameof(ProcurementText.ColAnswer), Language.En), StringComparison.Ordinal));
    }

    [Fact]
    public void States_the_target_level_of_the_items_zone_from_the_analysis()
    {
        var analysis = ProcurementFixture.Analyze();
        var level = analysis.Zones.Single(z => z.Id == "control-line2").TargetLevel.Value;
        using var document = ProcurementFixture.OpenDocx(SpecificationFormats.Render(ProcurementFixture.Build("camera-line2"), "docx"));

        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains(ProcurementFixture.Text("Level_product", Language.En, level), paragraphs);
        var zoneRow = document.MainDocumentPart.Document.Body.Descendants<W.TableRow>()
            .Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList())
            .Single(cells => cells[0] == "control-line2");
        Assert.Equal(level.ToString(System.Globalization.CultureInfo.InvariantCulture), zoneRow[4]);
    }
}
