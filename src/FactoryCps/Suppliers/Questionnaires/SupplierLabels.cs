using FactoryCps.Diagnostics;
using FactoryCps.Localization;

namespace FactoryCps.Suppliers.Questionnaires;

/// <summary>
/// The names of the questionnaire's verdicts, reasons, bases and answers in both languages, from the core
/// resources (keys <c>Supplier&lt;Kind&gt;&lt;Value&gt;</c>), for the web, the spreadsheets and the reports.
/// </summary>
internal static class SupplierLabels
{
    public static LocalizedText Of(AnswerChoice choice) => Label("SupplierAnswer", choice);

    public static LocalizedText Of(QuestionBasis basis) => Label("SupplierBasis", basis);

    public static LocalizedText Of(ReviewVerdict verdict) => Label("SupplierVerdict", verdict);

    public static LocalizedText Of(JudgementKind judgement) => Label("SupplierJudgement", judgement);

    public static LocalizedText Of(OpenPointReason reason) => Label("SupplierOpenPoint", reason);

    public static LocalizedText Of(ReassessmentTrigger trigger) => Label("SupplierReassess", trigger);

    public static LocalizedText Of(AnswerChangeKind change) => Label("SupplierChange", change);

    /// <summary>"Asked because zone control-line1 has target level 3 or more" and the like, for a question's basis.</summary>
    public static LocalizedText Why(QuestionnaireQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.BasisRef is null
            ? Of(question.Basis)
            : new Message("SupplierBasisWith" + question.Basis, question.BasisRef).ToText();
    }

    private static LocalizedText Label<T>(string prefix, T value)
        where T : struct, Enum => new Message(prefix + value).ToText();
}
