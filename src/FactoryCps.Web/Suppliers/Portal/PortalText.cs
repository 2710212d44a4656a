using System.Globalization;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Suppliers.Questionnaires;

namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>Why the portal refused an answer or a file, in the supplier's language.</summary>
internal static class PortalText
{
    public static string Refusal(QuestionnaireRefusal refusal) => refusal switch
    {
        QuestionnaireRefusal.Judged => WebText.PortalJudged,
        QuestionnaireRefusal.CommentTooLong => string.Format(CultureInfo.CurrentCulture, WebText.SupplyTooLong, Questionnaire.MaxComment),
        QuestionnaireRefusal.TooManyFiles => string.Format(CultureInfo.CurrentCulture, WebText.PortalTooManyFiles, Questionnaire.MaxFiles),
        QuestionnaireRefusal.ChangedMeanwhile => WebText.PortalChangedMeanwhile,
        _ => WebText.PortalUnknownQuestion,
    };

    public static string Problem(EvidenceProblem problem, int maxBytes) => EvidenceUpload.Describe(problem, maxBytes);
}
