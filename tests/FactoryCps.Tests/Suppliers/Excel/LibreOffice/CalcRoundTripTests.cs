using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FactoryCps.Localization;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Suppliers.Questionnaires.Excel;
using FactoryCps.Workbooks;
using static FactoryCps.Tests.Suppliers.Excel.QuestionnaireSamples;

namespace FactoryCps.Tests.Suppliers.Excel.LibreOffice;

/// <summary>
/// The export opened, filled and saved as .xlsx by a real spreadsheet program, LibreOffice Calc, then imported:
/// Calc rewrites the whole file (shared and rich-text strings instead of inline ones, its own styles, part
/// names and relationship ids), and the answers must still come back exactly, and mistakes still be refused
/// with their cell.
/// </summary>
public sealed class CalcRoundTripTests(LibreOfficeCalc calc) : IClassFixture<LibreOfficeCalc>
{
    public static TheoryData<Language> Languages => [Language.Ja, Language.En];

    private static readonly AnswerChoice[] Choices = [AnswerChoice.Yes, AnswerChoice.No, AnswerChoice.NotApplicable, AnswerChoice.Partly, AnswerChoice.Yes, AnswerChoice.No];

    /// <summary>A date and a number typed as comments stay text: the comment cells are formatted as text.</summary>
    private static readonly string?[] Comments = ["2025-04-01", "90", "コメント\nline two", null, "1/2", "年2回、第三者が監査 (ISO 27001)"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Answers_chosen_from_calcs_dropdown_and_typed_comments_come_back(Language language)
    {
        var questionnaire = Catalogue();
        var items = QuestionnaireLayout.ItemsSheet(language);
        var labels = AnswerLabels.Labels(language).ToList();
        var edits = new List<CalcEdit>();
        for (var i = 0; i < Choices.Length; i++)
        {
            var row = i + QuestionnaireLayout.FirstItemRow;
            edits.Add(CalcEdit.Choose(items, $"D{row}", labels.IndexOf(AnswerLabels.Label(Choices[i], language))));
            edits.Add(Comments[i] switch
            {
                null => CalcEdit.Pasted(items, $"E{row}", ""),
                var multiLine when multiLine.Contains('\n', StringComparison.Ordinal) => CalcEdit.Pasted(items, $"E{row}", multiLine),
                var typed => CalcEdit.Typed(items, $"E{row}", typed),
            });
        }

        var (saved, saw) = calc.Fill(Export(questionnaire, language), [.. edits]);
        var result = Import(saved, questionnaire);

        Assert.All(saw.Dropdowns.Values, entries => Assert.Equal(labels, entries));
        Assert.Equal(Choices.Length, saw.Dropdowns.Count);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems.Select(p => p.Render(Language.En))));
        Assert.Equal(questionnaire.Questions.Select((q, i) => new SupplierAnswer(q.ItemId, Choices[i], Comments[i])), result.Answers);
        Assert.Empty(result.Unanswered);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_identity_survives_calc_and_is_still_checked(Language language)
    {
        var questionnaire = Catalogue();

        var (saved, _) = calc.Fill(Export(questionnaire, language));

        var untouched = Import(saved, questionnaire);
        Assert.True(untouched.Succeeded, string.Join("\n", untouched.Problems.Select(p => p.Render(Language.En))));
        Assert.Equal(questionnaire.Answers, untouched.Answers);
        Assert.Equal(["QuestionnaireXlsxWrongRound"], Import(saved, Catalogue(round: 3)).Problems.Select(p => p.Code));
        Assert.Equal(
            ["QuestionnaireXlsxOtherQuestionnaire"],
            Import(saved, questionnaire with { QuestionnaireId = Guid.Parse("00000000-0000-4000-8000-000000000002") }).Problems.Select(p => p.Code));
    }

    /// <summary>The same file as the corpus's "question text changed", but made in Calc: the supplier removed the protection.</summary>
    [Fact]
    public void A_question_text_changed_in_calc_is_refused_with_its_cell()
    {
        var corpus = WronglyFilledFiles.All["question text changed"];

        var (saved, _) = calc.Fill(
            WronglyFilledFiles.Good(),
            CalcEdit.RemoveProtection("Items"),
            CalcEdit.Typed("Items", "C4", "Do you patch? (we changed this)"),
            CalcEdit.Choose("Items", "D4", 0));
        var result = Import(saved, Catalogue());

        Assert.Empty(result.Answers);
        Assert.Equal(corpus.Problems, result.Problems.Select(p => (p.Code, p.Where)));
        Assert.Equal(Import(corpus.Make(), Catalogue()).Problems.Select(p => p.Render(Language.Ja)), result.Problems.Select(p => p.Render(Language.Ja)));
    }

    /// <summary>A paste bypasses the dropdown's rule in Calc as in Excel; the reader refuses the value.</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void A_wrong_answer_pasted_in_calc_is_refused_with_its_cell(Language language)
    {
        var items = QuestionnaireLayout.ItemsSheet(language);

        var (saved, _) = calc.Fill(Export(Catalogue(), language), CalcEdit.Choose(items, "D2", 0), CalcEdit.Pasted(items, "D4", "maybe"));
        var result = Import(saved, Catalogue());

        Assert.Empty(result.Answers);
        Assert.Equal([("QuestionnaireXlsxInvalidAnswer", $"'{items}'!D4")], result.Problems.Select(p => (p.Code, p.Where)));
        if (language == Language.En)
        {
            var corpus = Import(WronglyFilledFiles.All["invalid answer"].Make(), Catalogue());
            Assert.Equal(corpus.Problems.Select(p => p.Render(Language.En)), result.Problems.Select(p => p.Render(Language.En)));
        }
    }

    /// <summary>
    /// What Calc 7.4 keeps of the export and what it changes, read from the saved file (docs/questionnaire-excel.md,
    /// "Tested with LibreOffice Calc 7.4"). The reader relies on none of it; the changes are pinned so that a
    /// LibreOffice that behaves differently is noticed and the documentation updated.
    /// </summary>
    [Fact]
    public void What_calc_keeps_of_the_export_and_what_it_changes()
    {
        var (saved, saw) = calc.Fill(Export(Catalogue(), Language.Ja));
        using var document = SpreadsheetDocument.Open(new MemoryStream(saved), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Worksheet Sheet(string name) => ((WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == name).Id!)).Worksheet;
        var styles = workbook.WorkbookStylesPart!.Stylesheet!;
        var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
        CellFormat Format(Cell cell) => formats[(int)(cell.StyleIndex?.Value ?? 0)];

        // Calc saves the text format "@" as a format of its own (id 164 and up) rather than built-in 49.
        bool IsText(CellFormat format) =>
            format.NumberFormatId?.Value is { } id
            && (id == WorkbookStyles.TextFormat || styles.NumberingFormats?.Elements<NumberingFormat>().Any(f => f.NumberFormatId?.Value == id && f.FormatCode?.Value == "@") == true);
        var itemRows = Sheet("質問項目").Descendants<Row>().Skip(1).ToList();

        // Kept: the sheets in order, every sheet's protection, the unlocked text-formatted input cells, both rules.
        Assert.Equal(["記入方法", "質問項目", "FactoryCPS"], sheets.Select(s => s.Name!.Value));
        Assert.All(sheets, s => Assert.True(Sheet(s.Name!).GetFirstChild<SheetProtection>()?.Sheet?.Value, s.Name));
        Assert.All(saw.Protected.Values, Assert.True);
        Assert.Equal(Catalogue().Questions.Count, itemRows.Count);
        foreach (var cell in itemRows.SelectMany(r => r.Elements<Cell>()))
        {
            var input = cell.CellReference!.Value![0] is 'D' or 'E';
            Assert.True(!input == (Format(cell).Protection?.Locked?.Value ?? true), $"{cell.CellReference} locked");
            Assert.True(input == IsText(Format(cell)), $"{cell.CellReference} formatted as text");
        }

        var rules = Sheet("質問項目").GetFirstChild<DataValidations>()!.Elements<DataValidation>().ToList();
        Assert.Equal(["D2:D7", "E2:E7"], rules.Select(r => r.SequenceOfReferences!.InnerText));
        Assert.Equal(DataValidationValues.List, rules[0].Type!.Value);
        Assert.Equal("\"はい,一部,いいえ,該当なし\"", rules[0].Formula1!.Text);
        Assert.Equal(DataValidationValues.TextLength, rules[1].Type!.Value);
        Assert.Equal("4000", rules[1].Formula1!.Text);

        // Changed: Calc has no "very hidden" (the sheet becomes hidden, which its menu can show), does not read
        // the structure lock (it saves an empty <workbookProtection/>), and stores text as shared strings, mixed
        // Japanese and Latin text as rich-text runs with a font each.
        Assert.Equal(SheetStateValues.Hidden, sheets[2].State!.Value);
        Assert.False(saw.Visible["FactoryCPS"]);
        Assert.False(saw.StructureProtected);
        Assert.NotNull(workbook.Workbook.WorkbookProtection);
        Assert.Null(workbook.Workbook.WorkbookProtection.LockStructure);
        Assert.DoesNotContain(Sheet("質問項目").Descendants<Cell>(), c => c.DataType?.Value == CellValues.InlineString);
        Assert.Contains(workbook.SharedStringTablePart!.SharedStringTable!.Elements<SharedStringItem>(), i => i.Elements<Run>().Count() > 1);
    }
}
