using FactoryCps.Workbooks;

namespace FactoryCps.Suppliers.Questionnaires.Excel;

/// <summary>
/// The outcome of reading a filled workbook, all or nothing: either no problems, every answer in the file and
/// the items left blank, or the problems and no answers at all.
/// </summary>
internal sealed record QuestionnaireImportResult(
    IReadOnlyList<SupplierAnswer> Answers,
    IReadOnlyList<string> Unanswered,
    IReadOnlyList<WorkbookProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static QuestionnaireImportResult Failed(IReadOnlyList<WorkbookProblem> problems) => new([], [], problems);
}
