using FactoryCps.Workbooks;

namespace FactoryCps.Suppliers.Questionnaires.Excel;

/// <summary>
/// Imports a filled questionnaire workbook, all or nothing (<see cref="WorkbookReader"/>): the package is
/// guarded, the identity must name the expected questionnaire and round, the sheets must be the exported ones,
/// every row is checked. Only a file without any problem gives answers; a blank answer leaves its item unanswered.
/// </summary>
internal static class QuestionnaireXlsxReader
{
    public static long MaxUploadBytes => XlsxLimits.Default.MaxUploadBytes;

    public static QuestionnaireImportResult Read(Stream input, QuestionnaireSheet expected, XlsxLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(expected);
        var result = WorkbookReader.Read(input, QuestionnaireLayout.Content(expected), limits);
        if (!result.Succeeded)
        {
            return QuestionnaireImportResult.Failed(result.Problems);
        }

        var answered = result.Rows.Where(r => r.Get(QuestionnaireLayout.AnswerColumn) is not null).ToList();
        return new QuestionnaireImportResult(
            [.. answered.Select(r => new SupplierAnswer(r.Key, AnswerChoices.Parse(r.Get(QuestionnaireLayout.AnswerColumn))!.Value, r.Get(QuestionnaireLayout.CommentColumn)))],
            [.. result.Rows.Where(r => r.Get(QuestionnaireLayout.AnswerColumn) is null).Select(r => r.Key)],
            []);
    }
}
