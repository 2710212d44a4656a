namespace FactoryCps.Suppliers.Questionnaires.Excel;

/// <summary>
/// What a questionnaire workbook is made from and checked against: the questionnaire's id and round (a repeat
/// assessment is a new round of the same questionnaire), the names shown on the instructions sheet, the
/// questions in order and the answers already given (pre-filled so a supplier can update rather than retype).
/// A questionnaire without a due date shows an empty deadline.
/// </summary>
internal sealed record QuestionnaireSheet(
    Guid QuestionnaireId,
    int Round,
    string Title,
    string SupplierName,
    string SiteName,
    DateOnly? DueDate,
    IReadOnlyList<QuestionnaireQuestion> Questions,
    IReadOnlyList<SupplierAnswer> Answers);
