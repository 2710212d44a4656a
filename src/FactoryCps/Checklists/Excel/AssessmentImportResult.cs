using FactoryCps.Workbooks;

namespace FactoryCps.Checklists.Excel;

/// <summary>
/// A filled self-assessment workbook read, all or nothing: either no problems, the answers given (in question
/// order) and the questions left blank, or the problems (each with its sheet and cell) and no answers at all.
/// </summary>
internal sealed record AssessmentImportResult(
    IReadOnlyList<AssessmentAnswer> Answers,
    IReadOnlyList<string> Unanswered,
    IReadOnlyList<WorkbookProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static AssessmentImportResult Failed(IReadOnlyList<WorkbookProblem> problems) => new([], [], problems);
}
