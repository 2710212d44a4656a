using FactoryCps.Localization;
using FactoryCps.Workbooks;

namespace FactoryCps.Suppliers.Questionnaires.Excel;

/// <summary>
/// Exports a questionnaire as a workbook a supplier fills in with Excel (<see cref="WorkbookWriter"/>): an
/// instructions sheet, the items sheet (answer dropdown, comment column, everything else locked) and the very
/// hidden identity sheet that <see cref="QuestionnaireXlsxReader"/> checks.
/// </summary>
internal static class QuestionnaireXlsxWriter
{
    public static void Write(QuestionnaireSheet questionnaire, Language language, Stream output)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        WorkbookWriter.Write(QuestionnaireLayout.Content(questionnaire), language, output);
    }
}
