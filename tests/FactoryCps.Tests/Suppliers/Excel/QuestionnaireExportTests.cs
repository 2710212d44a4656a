using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using FactoryCps.Localization;
using FactoryCps.Suppliers.Questionnaires.Excel;
using static FactoryCps.Tests.Suppliers.Excel.QuestionnaireSamples;

namespace FactoryCps.Tests.Suppliers.Excel;

/// <summary>The exported workbook is locked where it should be, open where the supplier types, and says what to do.</summary>
public sealed class QuestionnaireExportTests
{
    private static SpreadsheetDocument Open(Language language) =>
        SpreadsheetDocument.Open(new MemoryStream(Export(Catalogue(), language)), isEditable: false);

    private static Worksheet Sheet(SpreadsheetDocument document, string name) =>
        ((WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!)).Worksheet;

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? "";

    private static bool Locked(SpreadsheetDocument document, Cell cell)
    {
        var format = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        return format.Protection?.Locked?.Value ?? true;
    }

    [Theory]
    [InlineData(Language.Ja)]
    [InlineData(Language.En)]
    public void The_workbook_is_valid_against_the_office_schema(Language language)
    {
        using var document = Open(language);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Fact]
    public void The_structure_is_locked_and_the_identity_sheet_very_hidden()
    {
        using var document = Open(Language.En);
        var workbook = document.WorkbookPart!.Workbook;

        Assert.True(workbook.WorkbookProtection?.LockStructure?.Value);
        Assert.Equal(["Instructions", "Items", "FactoryCPS"], workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        Assert.Equal(SheetStateValues.VeryHidden, workbook.Sheets.Elements<Sheet>().Last().State!.Value);
        Assert.All(workbook.Sheets.Elements<Sheet>(), s => Assert.True(Sheet(document, s.Name!).GetFirstChild<SheetProtection>()?.Sheet?.Value));
    }

    [Fact]
    public void Only_answer_and_comment_cells_are_unlocked()
    {
        using var document = Open(Language.En);
        var rows = Sheet(document, "Items").Descendants<Row>().ToList();

        Assert.Equal(Catalogue().Questions.Count + 1, rows.Count);
        Assert.All(rows[0].Elements<Cell>(), c => Assert.True(Locked(document, c)));
        foreach (var row in rows.Skip(1))
        {
            Assert.Equal([true, true, true, false, false], row.Elements<Cell>().Select(c => Locked(document, c)));
        }
    }

    /// <summary>Typed "2025-04-01" or "90" must stay that text, not become a date or number (Excel and Calc parse input).</summary>
    [Fact]
    public void Answer_and_comment_cells_are_formatted_as_text()
    {
        using var document = Open(Language.En);
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();

        foreach (var row in Sheet(document, "Items").Descendants<Row>().Skip(1))
        {
            Assert.Equal([false, false, false, true, true], row.Elements<Cell>().Select(c => formats[(int)(c.StyleIndex?.Value ?? 0)].NumberFormatId?.Value == 49));
        }
    }

    [Theory]
    [InlineData(Language.En, "Items", "\"Yes,Partly,No,Not applicable\"")]
    [InlineData(Language.Ja, "質問項目", "\"はい,一部,いいえ,該当なし\"")]
    public void Answers_have_a_dropdown_of_the_labels_and_comments_a_length_rule(Language language, string sheet, string list)
    {
        using var document = Open(language);
        var validations = Sheet(document, sheet).GetFirstChild<DataValidations>()!.Elements<DataValidation>().ToList();

        var answers = validations.Single(v => v.Type! == DataValidationValues.List);
        Assert.Equal("D2:D7", answers.SequenceOfReferences!.InnerText);
        Assert.Equal(list, answers.Formula1!.Text);
        Assert.True(answers.ShowErrorMessage?.Value);
        var comments = validations.Single(v => v.Type! == DataValidationValues.TextLength);
        Assert.Equal("E2:E7", comments.SequenceOfReferences!.InnerText);
        Assert.Equal("4000", comments.Formula1!.Text);
    }

    [Fact]
    public void Items_show_id_basis_question_and_the_existing_answer_in_the_language()
    {
        var questionnaire = Catalogue();
        using var document = Open(Language.Ja);
        var rows = Sheet(document, "質問項目").Descendants<Row>().Select(r => r.Elements<Cell>().Select(Text).ToList()).ToList();

        Assert.Equal(["項目ID", "根拠", "質問", "回答", "コメント"], rows[0]);
        Assert.Equal([questionnaire.Questions[1].ItemId, "フェーズの確認項目", questionnaire.Questions[1].Text.Ja, "一部", "Logs kept 90 days"], rows[2]);
        Assert.Equal("ゾーンの目標セキュリティレベル：control-zone", rows[6][1]);
        Assert.Equal("", rows[1][3]);
    }

    [Theory]
    [InlineData(Language.En, "Instructions", "Answer by", "Not applicable")]
    [InlineData(Language.Ja, "記入方法", "回答期限", "該当なし")]
    public void The_instructions_give_the_deadline_and_the_meaning_of_each_answer(Language language, string sheet, string due, string label)
    {
        using var document = Open(language);
        var rows = Sheet(document, sheet).Descendants<Row>().Select(r => r.Elements<Cell>().Select(Text).ToList()).ToList();

        Assert.Contains(rows, r => r.SequenceEqual([due, "2026-03-31"]));
        Assert.Contains(rows, r => r.Count == 2 && r[0] == label && r[1].Length > 20);
        Assert.Contains(rows, r => r.SequenceEqual([language == Language.En ? "Supplier" : "サプライヤー", "Example Automation K.K."]));
    }

    [Fact]
    public void The_identity_names_questionnaire_round_language_and_fingerprint()
    {
        using var document = Open(Language.En);
        var values = Sheet(document, "FactoryCPS").Descendants<Row>().ToDictionary(r => Text(r.Elements<Cell>().First()), r => Text(r.Elements<Cell>().Last()));

        Assert.Equal(QuestionnaireSamples.Id.ToString(), values["questionnaire"]);
        Assert.Equal("2", values["round"]);
        Assert.Equal("en", values["language"]);
        Assert.Equal(QuestionnaireFingerprint.Of(Catalogue().Questions), values["fingerprint"]);
        Assert.NotEqual(values["fingerprint"], QuestionnaireFingerprint.Of(ManyItems(6).Questions));
    }
}
