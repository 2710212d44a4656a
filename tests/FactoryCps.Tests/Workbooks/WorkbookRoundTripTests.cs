using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using FactoryCps.Localization;
using FactoryCps.Workbooks;
using static FactoryCps.Tests.Workbooks.SampleWorkbooks;

namespace FactoryCps.Tests.Workbooks;

/// <summary>Workbooks that are not the questionnaire: written as declared, filled in, read back as typed.</summary>
public sealed class WorkbookRoundTripTests
{
    public static TheoryData<Language> Languages => [Language.Ja, Language.En];

    private static Worksheet Sheet(SpreadsheetDocument document, string name) =>
        ((WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!)).Worksheet;

    private static bool Locked(SpreadsheetDocument document, Cell cell) =>
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0)).Protection?.Locked?.Value ?? true;

    [Theory]
    [MemberData(nameof(Languages))]
    public void Both_kinds_are_valid_against_the_office_schema(Language language)
    {
        foreach (var content in new[] { Assessment(), Split() })
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(Export(content, language)), isEditable: false);

            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2010).Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        }
    }

    [Fact]
    public void The_sheets_follow_the_declaration_and_only_input_cells_are_unlocked()
    {
        using var assessment = SpreadsheetDocument.Open(new MemoryStream(Export(Assessment(), Language.En)), isEditable: false);
        using var split = SpreadsheetDocument.Open(new MemoryStream(Export(Split(), Language.Ja)), isEditable: false);

        Assert.Equal(["About", "Self-assessment", "FactoryCPS"], assessment.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        Assert.Equal(["分担", "FactoryCPS"], split.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        Assert.Equal(SheetStateValues.VeryHidden, split.WorkbookPart.Workbook.Sheets.Elements<Sheet>().Last().State!.Value);
        Assert.True(split.WorkbookPart.Workbook.WorkbookProtection?.LockStructure?.Value);
        foreach (var row in Sheet(assessment, "Self-assessment").Descendants<Row>().Skip(1))
        {
            Assert.Equal([true, true, false, false, false], row.Elements<Cell>().Select(c => Locked(assessment, c)));
        }

        Assert.Equal(3, Sheet(split, "分担").Descendants<Row>().Skip(1).Count());
        Assert.All(Sheet(split, "分担").Descendants<Row>().Skip(1), row => Assert.Equal([true, true, false], row.Elements<Cell>().Select(c => Locked(split, c))));
    }

    [Theory]
    [InlineData(Language.En, "Self-assessment", "\"Level 0,Level 1,Level 2,Level 3,Level 4\"")]
    [InlineData(Language.Ja, "自己評価", "\"レベル0,レベル1,レベル2,レベル3,レベル4\"")]
    public void Choice_columns_have_a_localised_dropdown_and_text_columns_a_length_rule(Language language, string sheet, string list)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Export(Assessment(), language)), isEditable: false);
        var rules = Sheet(document, sheet).GetFirstChild<DataValidations>()!.Elements<DataValidation>().ToList();

        Assert.Equal(["C2:C5", "D2:D5", "E2:E5"], rules.Select(r => r.SequenceOfReferences!.InnerText));
        Assert.Equal(list, rules[0].Formula1!.Text);
        Assert.Equal(["500", "1000"], rules.Skip(1).Select(r => r.Formula1!.Text));
        Assert.Equal(language == Language.En ? "Comment too long" : "コメントが長すぎます", rules[2].ErrorTitle!.Value);
    }

    /// <summary>A text that looks like a formula is written as text and compared as text: no formula injection.</summary>
    [Fact]
    public void A_shown_text_beginning_with_an_equals_sign_stays_text()
    {
        var file = Export(Assessment(), Language.En);
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), isEditable: false);
        var cell = Sheet(document, "Self-assessment").Descendants<Cell>().Single(c => c.CellReference == "B5");

        Assert.Null(cell.CellFormula);
        Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
        Assert.StartsWith("=HYPERLINK(", cell.InnerText, StringComparison.Ordinal);
        Assert.True(Import(file, Assessment()).Succeeded);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_filled_self_assessment_comes_back_as_codes_and_texts_in_content_order(Language language)
    {
        var sheet = SelfAssessment.TableSheet.Get(language);
        var filled = WorkbookEditor.Edit(Export(Assessment(), language), e => e
            .Type(sheet, "C4", language == Language.En ? "Level 3" : "レベル3")
            .Type(sheet, "E4", "Tested monthly\nby IT")
            .Type(sheet, "D5", "No USB ports")
            .Type(sheet, "C2", "ｌｅｖｅｌ　４"));

        var result = Import(filled, Assessment());

        Assert.True(result.Succeeded, string.Join("\n", result.Problems.Select(p => p.Render(Language.En))));
        Assert.Equal(["SA-1", "SA-2", "SA-3", "SA-4"], result.Rows.Select(r => r.Key));
        Assert.Equal("4", result.Rows[0].Get("level"));
        Assert.Equal(new Dictionary<string, string> { ["level"] = "2", ["comment"] = "Logs kept" }, result.Rows[1].Values);
        Assert.Equal(new Dictionary<string, string> { ["level"] = "3", ["comment"] = "Tested monthly\nby IT" }, result.Rows[2].Values);
        Assert.Equal(new Dictionary<string, string> { ["not-applicable"] = "No USB ports" }, result.Rows[3].Values);
    }

    [Fact]
    public void A_responsibility_split_reads_labels_of_either_language_and_codes()
    {
        var filled = WorkbookEditor.Edit(Export(Split(), Language.Ja), e => e.Type("分担", "C2", "共同").Type("分担", "C3", "Supplier").Type("分担", "C4", " PLANT "));

        var result = Import(filled, Split());

        Assert.True(result.Succeeded, string.Join("\n", result.Problems.Select(p => p.Render(Language.En))));
        Assert.Equal(["shared", "supplier", "plant"], result.Rows.Select(r => r.Get("who")));
    }

    [Fact]
    public void An_untouched_export_gives_back_what_was_pre_filled_and_nothing_else()
    {
        var result = Import(Export(Split(), Language.En), Split());

        Assert.True(result.Succeeded);
        Assert.All(result.Rows, r => Assert.Empty(r.Values));
    }

    [Fact]
    public void The_identity_names_the_format_the_declared_fields_the_language_and_the_fingerprint()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Export(Split(), Language.En)), isEditable: false);
        var rows = Sheet(document, "FactoryCPS").Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();

        Assert.Equal(["format", "site", "object", "revision", "language", "fingerprint"], rows.Select(r => r[0]));
        Assert.Equal(["test-responsibility-split-xlsx/1", "kawasaki", ObjectId.ToString("D"), "7", "en", WorkbookFingerprint.Of(Split())], rows.Select(r => r[1]));
    }
}
