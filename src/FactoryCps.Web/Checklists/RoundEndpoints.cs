using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Checklists;

/// <summary>
/// /api/v1 for self-assessment rounds: list, read, create, answer (If-Match: the question's version), review
/// (If-Match: the question's version) and close (If-Match: the round's version); the round as a file and back is
/// <see cref="RoundFileEndpoints"/>. Each calls the desk its page calls, so the checks, rules and audit are the same.
/// </summary>
internal static class RoundEndpoints
{
    public static RouteGroupBuilder MapRounds(this RouteGroupBuilder api)
    {
        var tagged = api.MapGroup("").WithTags(ApiTags.Assessments);
        var manage = new SitePermissionAttribute(SitePermission.View, SitePermission.ManageAssessments);
        var answer = new SitePermissionAttribute(SitePermission.View, SitePermission.AnswerAssessments);
        tagged.MapGet("/sites/{site}/assessments", ListAsync).WithName("ListAssessmentRounds").WithMetadata(manage)
            .WithSummary("The site's self-assessment rounds, newest first.")
            .Produces<List<RoundSummary>>();
        tagged.MapPost("/sites/{site}/assessments", CreateAsync).WithName("CreateAssessmentRound").WithMetadata(manage)
            .WithSummary("Creates the next round: {title, dueDate, scope?: {zones, steps, groups}, prefill?, assignments?: [{step?, group?, zone?, user | role}]}. 409 when its scope asks nothing.")
            .WithRequestBody<NewRoundBody>()
            .Produces<RoundDetail>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        tagged.MapGet("/sites/{site}/assessments/{number:int}", GetAsync).WithName("GetAssessmentRound").WithMetadata(manage)
            .WithSummary("One round with its questions, answers, reviews and its disagreements with the Step 2 statuses. ETag: the round's version.")
            .Produces<RoundDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        tagged.MapPut("/sites/{site}/assessments/{number:int}/questions/{questionId}/answer", AnswerAsync).WithName("AnswerAssessmentQuestion").WithMetadata(answer)
            .WithSummary("Answers one question: {level: 0..4} or {notApplicable: true, reason}, comment?. Needs If-Match (the question's version); 412 with the answer stored now when someone answered first.")
            .WithRequestBody<AnswerBody>()
            .Produces<RoundQuestionDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        tagged.MapPut("/sites/{site}/assessments/{number:int}/questions/{questionId}/review", ReviewAsync).WithName("ReviewAssessmentAnswer").WithMetadata(manage)
            .WithSummary("Reviews one answer: {review: accepted | asked-again, note?} (asking again needs a note and tells the answerer). Needs If-Match (the question's version).")
            .WithRequestBody<ReviewBody>()
            .Produces<RoundQuestionDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        tagged.MapPost("/sites/{site}/assessments/{number:int}/close", CloseAsync).WithName("CloseAssessmentRound").WithMetadata(manage)
            .WithSummary("Closes the round once every answer is accepted: {apply: true} writes its result to the disagreeing Step 2 statuses in the same transaction; {apply: false, reason} keeps them. Needs If-Match (the round's version).")
            .WithRequestBody<CloseBody>()
            .Produces<RoundDetail>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return api;
    }

    private static async Task<IResult> ListAsync(SiteContext access, HttpContext context, RoundDesk desk, TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var rounds = await desk.ListAsync(access.Site.Id, context.RequestAborted);
        return ApiSetup.Json(rounds.Select(r => RoundSummary.Of(r, today)).ToList());
    }

    private static Task<IResult> GetAsync(int number, SiteContext access, HttpContext context, RoundDesk desk, RoundWords words, TimeProvider time) =>
        DetailAsync(access.Site, number, context, desk, words, time, StatusCodes.Status200OK);

    private static async Task<IResult> CreateAsync(SiteContext access, HttpContext context, RoundDesk desk, RoundWords words, TimeProvider time)
    {
        var (body, problem) = await ApiBodies.ReadAsync<NewRoundBody>(context.Request, context.RequestAborted);
        if (body is null)
        {
            return problem!;
        }

        var (input, field) = RoundForms.Check(body, words);
        if (input is null)
        {
            return Problems.BadRequest(field, RoundText.Invalid(field!));
        }

        var (round, refusal) = await desk.CreateAsync(access.Site, input, Actor(access, context), context.RequestAborted);
        return round is null
            ? refusal == RoundRefusal.UnknownZone ? Problems.BadRequest("scope.zones", RoundText.Refusal(refusal.Value)) : Problems.Conflict(RoundText.Refusal(refusal!.Value))
            : await DetailAsync(access.Site, round.Number, context, desk, words, time, StatusCodes.Status201Created);
    }

    private static Task<IResult> AnswerAsync(int number, string questionId, SiteContext access, HttpContext context, RoundDesk desk, RoundWords words) =>
        ChangeAsync<AnswerBody>(context, async (body, version) =>
        {
            var input = new AnswerInput(questionId, version, body.Level, body.NotApplicable, body.Reason, body.Comment);
            var outcome = await desk.AnswerAsync(access.Site.Id, number, [input], Actor(access, context), context.RequestAborted);
            return await QuestionAsync(access.Site.Id, number, questionId, outcome, context, desk, words);
        });

    private static Task<IResult> ReviewAsync(int number, string questionId, SiteContext access, HttpContext context, RoundDesk desk, RoundWords words) =>
        ChangeAsync<ReviewBody>(context, async (body, version) =>
        {
            if (body.Review is not (RoundQuestion.Accepted or RoundQuestion.AskedAgain))
            {
                return Problems.BadRequest("review", RoundText.Invalid("review"));
            }

            var input = new ReviewInput(questionId, version, body.Review == RoundQuestion.Accepted, body.Note);
            var outcome = await desk.ReviewAsync(access.Site.Id, number, [input], Actor(access, context), context.RequestAborted);
            return await QuestionAsync(access.Site.Id, number, questionId, outcome, context, desk, words);
        });

    private static Task<IResult> CloseAsync(int number, SiteContext access, HttpContext context, RoundDesk desk, RoundWords words, TimeProvider time) =>
        ChangeAsync<CloseBody>(context, async (body, version) =>
        {
            var outcome = await desk.CloseAsync(access.Site, number, version, body.Apply, body.Reason, Actor(access, context), context.RequestAborted);
            return outcome.Refusal switch
            {
                null => await DetailAsync(access.Site, number, context, desk, words, time, StatusCodes.Status200OK),
                RoundRefusal.ChangedMeanwhile when await desk.FindAsync(access.Site.Id, number, context.RequestAborted) is { } current =>
                    Problems.Stale(Json(RoundSummary.Of(current, DateOnly.MinValue)), current.Version),
                RoundRefusal.StatusesRefused => Problems.Validation(outcome.Errors, withLocation: false),
                RoundRefusal.TooLong => Problems.Refused(nameof(RoundRefusal.TooLong), RoundText.Refusal(RoundRefusal.TooLong)), // the reason, a rule of closing
                var refusal => Refused(refusal.Value),
            };
        });

    /// <summary>
    /// The shape every change of a round shares: If-Match required (the version the change was made against), the
    /// body read strictly, then the change itself with the body and that version.
    /// </summary>
    private static async Task<IResult> ChangeAsync<TBody>(HttpContext context, Func<TBody, int, Task<IResult>> change)
        where TBody : class
    {
        if (IfMatch.Of(context.Request) is not { Count: > 0 } versions)
        {
            return Problems.PreconditionRequired();
        }

        var (body, problem) = await ApiBodies.ReadAsync<TBody>(context.Request, context.RequestAborted);
        return body is null ? problem! : await change(body, versions.Max());
    }

    /// <summary>A round's refusal as problem details: 404 for what is not there, 403 for another's question, 422 for a rule.</summary>
    internal static IResult Refused(RoundRefusal refusal) => refusal switch
    {
        RoundRefusal.NotFound => Problems.NotFound(),
        RoundRefusal.NotAssigned => Problems.Forbidden(RoundText.Refusal(refusal), refusal.ToString()),
        RoundRefusal.TooLong => Problems.BadRequest("comment", RoundText.Refusal(refusal)),
        _ => Problems.Refused(refusal.ToString(), RoundText.Refusal(refusal)),
    };

    /// <summary>The question after a change, or the change's problem: 412 with the answer stored now when it was stale.</summary>
    private static async Task<IResult> QuestionAsync(int siteId, int number, string questionId, RoundOutcome outcome, HttpContext context, RoundDesk desk, RoundWords words)
    {
        if (outcome.Stale.Count > 0)
        {
            var now = outcome.Stale[0];
            return Problems.Stale(Json(RoundQuestionDto.Of(now, words.Question(now.ItemId))), now.Version);
        }

        if (outcome.Refusal is { } refusal)
        {
            return Refused(refusal);
        }

        var round = await desk.FindAsync(siteId, number, context.RequestAborted);
        var q = round!.Questions.Single(x => x.QuestionId == questionId);
        return ApiSetup.Json(RoundQuestionDto.Of(q, words.Question(q.ItemId)), StatusCodes.Status200OK, q.Version);
    }

    private static async Task<IResult> DetailAsync(SiteEntity site, int number, HttpContext context, RoundDesk desk, RoundWords words, TimeProvider time, int status)
    {
        if (await desk.FindAsync(site.Id, number, context.RequestAborted) is not { } round)
        {
            return Problems.NotFound();
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var scope = RoundCore.Scope(round);
        var disagreements = round.IsClosed ? [] : (await desk.DisagreementsAsync(site, round, context.RequestAborted)).Select(DisagreementDto.Of).ToList();
        var detail = new RoundDetail(
            RoundSummary.Of(round, today), new RoundScopeDto(scope.Zones, scope.Steps, scope.Groups), round.PrefilledFrom,
            [.. round.Questions.Select(q => RoundQuestionDto.Of(q, words.Question(q.ItemId)))], disagreements);
        var location = status == StatusCodes.Status201Created
            ? $"{ApiSetup.Prefix}/sites/{site.Key}/assessments/{round.Number.ToString(CultureInfo.InvariantCulture)}"
            : null;
        return ApiSetup.Json(detail, status, round.Version, location);
    }

    private static JsonObject Json(object value) => JsonSerializer.SerializeToNode(value, ApiSetup.JsonOptions)!.AsObject();

    private static RoundActor Actor(SiteContext access, HttpContext context) => RoundActors.Of(access, context.User);
}
