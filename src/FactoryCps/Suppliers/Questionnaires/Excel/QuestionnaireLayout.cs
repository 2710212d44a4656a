using FactoryCps.Localization;
using FactoryCps.Workbooks;

namespace FactoryCps.Suppliers.Questionnaires.Excel;

/// <summary>
/// The questionnaire workbook as a <see cref="WorkbookDefinition"/>: its identity (questionnaire and round), the
/// items sheet's columns and the message keys its problems have always had. Shared by the writer, the reader
/// and the docs.
/// </summary>
internal static class QuestionnaireLayout
{
    public const string IdentitySheet = WorkbookLayout.IdentitySheet;

    /// <summary>Marks the identity sheet's layout; a later layout change gets a new value.</summary>
    public const string FormatMarker = "factorycps-questionnaire-xlsx/1";

    public const int MaxCommentLength = SupplierAnswer.MaxCommentLength;

    /// <summary>Row 1 holds the headings; question i (0-based) is in row i + 2.</summary>
    public const int FirstItemRow = WorkbookLayout.FirstRow;

    public const string QuestionnaireKey = "questionnaire";
    public const string RoundKey = "round";
    public const string BasisColumn = "basis";
    public const string QuestionColumn = "question";
    public const string AnswerColumn = "answer";
    public const string CommentColumn = "comment";

    public static WorkbookDefinition Definition { get; } = new(
        FormatMarker,
        [
            IdentityField.Guid(QuestionnaireKey, Untranslated("questionnaire id"), IdentityRole.Subject),
            IdentityField.Number(RoundKey, Untranslated("round"), IdentityRole.Revision),
        ],
        ExcelText.Both("SheetItems"),
        [
            WorkbookColumn.RowKey("item", ExcelText.Both("ColItemId"), 16),
            WorkbookColumn.Shown(BasisColumn, ExcelText.Both("ColBasis"), 26),
            WorkbookColumn.Shown(QuestionColumn, ExcelText.Both("ColQuestion"), 70, checkedOnImport: true),
            WorkbookColumn.Choice(AnswerColumn, ExcelText.Both("ColAnswer"), 16, [.. AnswerLabels.All.Select(c => new WorkbookChoice(c.Code(), ExcelText.Both("Answer" + c)))]),
            WorkbookColumn.Text(CommentColumn, ExcelText.Both("ColComment"), 50, MaxCommentLength, requires: AnswerColumn),
        ],
        ExcelText.Both("SheetInstructions"),
        new WorkbookMessages("QuestionnaireXlsx", new Dictionary<WorkbookProblemKind, string>
        {
            [WorkbookProblemKind.OtherSubject] = "OtherQuestionnaire",
            [WorkbookProblemKind.StaleRevision] = "WrongRound",
            [WorkbookProblemKind.ContentChanged] = "QuestionsChanged",
            [WorkbookProblemKind.NoKey] = "NoItemId",
            [WorkbookProblemKind.UnknownKey] = "UnknownItem",
            [WorkbookProblemKind.DuplicateKey] = "DuplicateItem",
            [WorkbookProblemKind.MissingKey] = "MissingItem",
            [WorkbookProblemKind.InvalidChoice] = "InvalidAnswer",
            [WorkbookProblemKind.TextTooLong] = "CommentTooLong",
            [WorkbookProblemKind.TextWithoutChoice] = "CommentWithoutAnswer",
            [WorkbookProblemKind.TooManyProblems] = "TooManyErrors",
        }));

    public static string InstructionsSheet(Language language) => Definition.NotesSheet!.Get(language);

    public static string ItemsSheet(Language language) => Definition.TableSheet.Get(language);

    /// <summary>The workbook of a questionnaire: one row per question with its basis and text, the answers given pre-filled.</summary>
    public static WorkbookContent Content(QuestionnaireSheet questionnaire)
    {
        var answers = questionnaire.Answers.GroupBy(a => a.ItemId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var rows = questionnaire.Questions.Select(q => new WorkbookRow(q.ItemId, new Dictionary<string, LocalizedText>
        {
            [BasisColumn] = new(Basis(q, Language.Ja), Basis(q, Language.En)),
            [QuestionColumn] = q.Text,
        })
        {
            Values = answers.GetValueOrDefault(q.ItemId) is { } answer ? Prefilled(answer) : new Dictionary<string, string>(),
        });
        var identity = new Dictionary<string, string>
        {
            [QuestionnaireKey] = IdentityField.Text(questionnaire.QuestionnaireId),
            [RoundKey] = IdentityField.Text(questionnaire.Round),
        };
        return new WorkbookContent(Definition, questionnaire.Title, identity, [.. rows])
        {
            Notes = language => QuestionnaireXlsxInstructions.Build(questionnaire, language),
        };
    }

    private static Dictionary<string, string> Prefilled(SupplierAnswer answer)
    {
        var values = new Dictionary<string, string> { [AnswerColumn] = answer.Choice.Code() };
        if (answer.Comment is { } comment)
        {
            values[CommentColumn] = comment;
        }

        return values;
    }

    /// <summary>The identity keys as its messages have always named them, in both languages.</summary>
    private static LocalizedText Untranslated(string key) => new(key, key);

    public static string Basis(QuestionnaireQuestion question, Language language)
    {
        var basis = ExcelText.Get("Basis" + question.Basis, language);
        return question.BasisRef is null ? basis : ExcelText.Get("BasisWithRef", language, basis, question.BasisRef);
    }
}
