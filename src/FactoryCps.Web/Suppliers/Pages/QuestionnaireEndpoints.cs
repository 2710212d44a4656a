using System.Globalization;
using System.Text.Json;
using FactoryCps.Diagnostics;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers.Actions;
using FactoryCps.Web.Suppliers.Questionnaires;

namespace FactoryCps.Web.Suppliers.Pages;

/// <summary>
/// /api/v1 for the work on questionnaires that the pages do: issue one for a supplied item, judge each answer and
/// close the review (If-Match on the questionnaire's version), and, in their own files, the invitation links and
/// the Excel workbook. Each calls the service its page calls, so the checks, rules and audit are the same.
/// </summary>
internal static class QuestionnaireEndpoints
{
    public static RouteGroupBuilder MapQuestionnaireWork(this RouteGroupBuilder group)
    {
        var manage = new SitePermissionAttribute(SitePermission.View, SitePermission.ManageSuppliers);
        group.MapPost("/suppliers/{supplier:int}/items/{item:int}/questionnaires", IssueAsync).WithName("IssueQuestionnaire").WithMetadata(manage)
            .WithSummary("Issues the item's next questionnaire round from the catalog and the site's model: {dueDate?}. 409 when the catalog has nothing to ask for the item.")
            .WithRequestBody(ApiDocument.ObjectBody).Produces<QuestionnaireDetailDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/questionnaires/{number:int}/items/{itemId}/judgement", JudgeAsync).WithName("JudgeAnswer").WithMetadata(manage)
            .WithSummary("Judges the answer to one question: {judgement: accepted | flagged, note?, blocking?}. Needs If-Match (the questionnaire's version); the review's rules refuse with 422 and the rule's code.")
            .WithRequestBody(ApiDocument.ObjectBody).Produces<QuestionnaireDetailDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapPost("/questionnaires/{number:int}/close", CloseAsync).WithName("CloseReview").WithMetadata(manage)
            .WithSummary("Closes the review once every question is judged; its open points become supplier actions. Needs If-Match.")
            .Produces<QuestionnaireDetailDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapInvitations();
        group.MapWorkbooks();
        return group;
    }

    private static async Task<IResult> IssueAsync(int supplier, int item, SiteContext access, HttpContext context, QuestionnaireDesk desk)
    {
        var (body, problem) = await SupplierEndpoints.ReadAsync<IssueBody>(context);
        if (body is null)
        {
            return problem!;
        }

        var site = access.Site;
        var (issued, noQuestions) = await desk.IssueAsync(site, supplier, item, body.DueDate, context.User.Actor(), context.RequestAborted);
        return issued is not null ? await DetailAsync(site, issued.Number, context, desk, StatusCodes.Status201Created)
            : noQuestions ? QuestionnaireProblems.NoQuestions()
            : Problems.NotFound();
    }

    private static async Task<IResult> JudgeAsync(int number, string itemId, SiteContext access, HttpContext context, QuestionnaireJudging judging, QuestionnaireDesk desk)
    {
        if (IfMatch.Of(context.Request) is not { Count: > 0 } versions)
        {
            return Problems.PreconditionRequired();
        }

        var (body, problem) = await SupplierEndpoints.ReadAsync<JudgementBody>(context);
        if (body is null)
        {
            return problem!;
        }

        JudgementKind? kind = body.Judgement switch
        {
            Questionnaire.Accepted => JudgementKind.Accepted,
            Questionnaire.Flagged => JudgementKind.Flagged,
            _ => null,
        };
        if (kind is null)
        {
            var unknown = new Message("SupplierRuleUnknownJudgement", body.Judgement);
            return Problems.BadRequest("judgement", unknown.Render(Lang.Current), code: unknown.Key);
        }

        if (body.Note?.Length > Questionnaire.MaxComment)
        {
            return QuestionnaireProblems.TooLong("note"); // the column's limit; the page's form has it as maxlength
        }

        var judgement = new AnswerJudgement(itemId, kind.Value, body.Note, body.Blocking ?? false);
        var outcome = await judging.JudgeAsync(access.Site.Id, number, versions.Max(), judgement, context.User.Actor(), context.RequestAborted);
        return await AnswerAsync(outcome, access.Site, number, context, desk);
    }

    private static async Task<IResult> CloseAsync(int number, SiteContext access, HttpContext context, QuestionnaireJudging judging, QuestionnaireDesk desk)
    {
        if (IfMatch.Of(context.Request) is not { Count: > 0 } versions)
        {
            return Problems.PreconditionRequired();
        }

        var outcome = await judging.CloseAsync(access.Site, number, versions.Max(), context.User.Actor(), context.RequestAborted);
        return await AnswerAsync(outcome, access.Site, number, context, desk);
    }

    /// <summary>
    /// A judging outcome as HTTP: the questionnaire now (200), 412 with it when it changed meanwhile, the review's
    /// rule as 422 — but a question the questionnaire does not have is an address that does not exist (404).
    /// </summary>
    private static async Task<IResult> AnswerAsync(JudgingOutcome outcome, SiteEntity site, int number, HttpContext context, QuestionnaireDesk desk)
    {
        if (!outcome.Found)
        {
            return Problems.NotFound();
        }

        if (outcome.ChangedMeanwhile)
        {
            var (current, version) = await CurrentAsync(site, number, context, desk);
            return current is null ? Problems.NotFound() : Problems.Stale(JsonSerializer.SerializeToNode(current, ApiSetup.JsonOptions)!.AsObject(), version);
        }

        return outcome.Refusal switch
        {
            { Key: "SupplierRuleUnknownItem" } unknown => Problems.NotFound(unknown.Render(Lang.Current)),
            { } rule => QuestionnaireProblems.Refused(rule),
            _ => await DetailAsync(site, number, context, desk, StatusCodes.Status200OK),
        };
    }

    private static async Task<IResult> DetailAsync(SiteEntity site, int number, HttpContext context, QuestionnaireDesk desk, int status)
    {
        var (detail, version) = await CurrentAsync(site, number, context, desk);
        if (detail is null)
        {
            return Problems.NotFound();
        }

        var location = status == StatusCodes.Status201Created
            ? $"{ApiSetup.Prefix}/sites/{site.Key}/questionnaires/{number.ToString(CultureInfo.InvariantCulture)}"
            : null;
        return ApiSetup.Json(detail, status, version, location);
    }

    private static async Task<(QuestionnaireDetailDto? Detail, int Version)> CurrentAsync(SiteEntity site, int number, HttpContext context, QuestionnaireDesk desk)
    {
        if (await desk.FindAsync(site.Id, number, context.RequestAborted) is not { } q)
        {
            return (null, 0);
        }

        return (QuestionnaireDetailDto.Of(q, await desk.EvidenceAsync(q.Id, context.RequestAborted)), q.Version);
    }
}
