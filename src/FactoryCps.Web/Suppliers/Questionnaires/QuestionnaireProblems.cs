using System.Globalization;
using FactoryCps.Diagnostics;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Web.Api;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Resources;
using FactoryCps.Workbooks;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Questionnaires;

/// <summary>
/// The questionnaire API's own problem details, in the request's language: a domain rule the questionnaire or its
/// review refused (422, <c>code</c> the rule's message key), nothing to ask (409), a rejected workbook (400, every
/// problem with its sheet and cell). The rest are the API's usual ones (<see cref="Problems"/>).
/// </summary>
internal static class QuestionnaireProblems
{
    /// <summary>The review's rule (QuestionnaireReview), e.g. <c>SupplierRuleFlagNeedsReason</c>.</summary>
    public static IResult Refused(Message rule) => Refused(rule.Key, rule.Render(Lang.Current));

    /// <summary>The questionnaire's refusal (the core's QuestionnaireRules), e.g. <c>Judged</c>.</summary>
    public static IResult Refused(QuestionnaireRefusal refusal) => refusal == QuestionnaireRefusal.ChangedMeanwhile
        ? Problem(StatusCodes.Status409Conflict, Problems.ConflictType, WebText.ApiConflict, Portal.PortalText.Refusal(refusal), new() { ["code"] = refusal.ToString() })
        : Refused(refusal.ToString(), Portal.PortalText.Refusal(refusal));

    public static IResult NoQuestions() =>
        Problem(StatusCodes.Status409Conflict, Problems.ConflictType, WebText.ApiConflict, WebText.QuestionnaireNoQuestions, new() { ["code"] = "NoQuestions" });

    public static IResult WorkbookRejected(IEnumerable<WorkbookProblem> problems) =>
        FileProblems.Rejected(StatusCodes.Status400BadRequest, Problems.Invalid, WebText.ApiInvalid, WebText.ApiWorkbookRefused, null, problems.Select(FileError.Of));

    public static IResult TooLong(string path) =>
        Problems.BadRequest(path, string.Format(CultureInfo.CurrentCulture, WebText.SupplyTooLong, Questionnaire.MaxComment));

    private static IResult Refused(string code, string detail) =>
        Problem(StatusCodes.Status422UnprocessableEntity, Problems.RefusedType, WebText.ApiQuestionnaireRefused, detail, new() { ["code"] = code });

    private static IResult Problem(int status, string type, string title, string detail, Dictionary<string, object?> extensions) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail, Extensions = extensions });
}
