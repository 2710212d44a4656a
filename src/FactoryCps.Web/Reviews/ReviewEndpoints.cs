using System.Globalization;
using System.Text.Json;
using FactoryCps.Documents;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Reviews;

/// <summary>
/// /api/v1 for PDCA reviews: list, read, start, save (If-Match), close (If-Match), mark a recorded review's action
/// done, the inputs gathered for a review's period, its report (A4 HTML or Word), and whether a review is called for
/// now. Each calls the desk its page calls.
/// </summary>
internal static class ReviewEndpoints
{
    public static RouteGroupBuilder MapReviews(this RouteGroupBuilder api)
    {
        var tagged = api.MapGroup("").WithTags(ApiTags.Reviews);
        var read = new SitePermissionAttribute(SitePermission.View);
        var manage = new SitePermissionAttribute(SitePermission.View, SitePermission.ManageReviews);
        tagged.MapGet("/sites/{site}/reviews", ListAsync).WithName("ListPdcaReviews").WithMetadata(read)
            .WithSummary("The site's PDCA reviews, newest first.")
            .Produces<List<ReviewSummary>>();
        tagged.MapGet("/sites/{site}/reviews/calls", CallsAsync).WithName("GetPdcaReviewCalls").WithMetadata(read)
            .WithSummary("Why a review is called for now (the next date passed, a new objective, an incident closed, a blocking supplier point, or none recorded yet); empty when none is.")
            .Produces<List<ReviewCallDto>>();
        tagged.MapPost("/sites/{site}/reviews", CreateAsync).WithName("CreatePdcaReview").WithMetadata(manage)
            .WithSummary("Starts the next review as a draft: {kind, heldOn, nextReview, decisions?, bcpRechecked?, participants?: [{name, role?}], actions?: [{title, owner?, dueDate?}]}.")
            .WithRequestBody<ReviewBody>()
            .Produces<ReviewDetail>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        tagged.MapGet("/sites/{site}/reviews/{number:int}", GetAsync).WithName("GetPdcaReview").WithMetadata(read)
            .WithSummary("One review with its participants, decisions and actions. ETag: the review's version.")
            .Produces<ReviewDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        tagged.MapPut("/sites/{site}/reviews/{number:int}", SaveAsync).WithName("SavePdcaReview").WithMetadata(manage)
            .WithSummary("Replaces an open review's record with the body (as for creating). Needs If-Match (the review's version); 412 with the review stored now when someone saved first.")
            .WithRequestBody<ReviewBody>()
            .Produces<ReviewDetail>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        tagged.MapPost("/sites/{site}/reviews/{number:int}/close", CloseAsync).WithName("ClosePdcaReview").WithMetadata(manage)
            .WithSummary("Records the review: it needs a participant and its decisions, becomes read-only and keeps the model's snapshot; with bcpRechecked the model's BCP review date becomes the meeting's day in the same transaction. Needs If-Match (the review's version).")
            .Produces<ReviewDetail>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        tagged.MapPost("/sites/{site}/reviews/{number:int}/actions/{position:int}/done", ActionDoneAsync).WithName("CompletePdcaReviewAction").WithMetadata(manage)
            .WithSummary("Marks an action of a recorded review done (an item of the site's plan). If-Match (the action's version) is checked when given. No body.")
            .Produces<ReviewActionDto>().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        tagged.MapGet("/sites/{site}/reviews/{number:int}/inputs", InputsAsync).WithName("GetPdcaReviewInputs").WithMetadata(read)
            .WithSummary("The inputs gathered for the review's period: since the previous closed review, up to this one's closing (an open review: now).")
            .Produces<ReviewInputsDto>().ProducesProblem(StatusCodes.Status404NotFound);
        tagged.MapGet(ReviewReportEndpoints.Path, ReviewReportEndpoints.DownloadAsync).WithName("GetPdcaReviewReport").WithMetadata(read)
            .WithSummary(ReviewReportEndpoints.Summary)
            .Produces(StatusCodes.Status200OK, contentType: "text/html").Produces(StatusCodes.Status200OK, contentType: DocumentFormats.ContentType("docx"))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> ListAsync(SiteContext access, HttpContext context, ReviewDesk desk) =>
        ApiSetup.Json((await desk.ListAsync(access.Site.Id, context.RequestAborted)).Select(ReviewSummary.Of).ToList());

    private static async Task<IResult> CallsAsync(SiteContext access, HttpContext context, ReviewCalls calls, SiteModelStore store)
    {
        var model = await store.ModelAsync(access.Site, context.RequestAborted);
        return ApiSetup.Json((await calls.CallsAsync(access.Site, context.RequestAborted)).Select(c => ReviewCallDto.Of(c, ReviewPageWords.Call(c, model))).ToList());
    }

    private static async Task<IResult> GetAsync(int number, SiteContext access, HttpContext context, ReviewDesk desk) =>
        await DetailAsync(access.Site, number, desk, context, StatusCodes.Status200OK);

    private static async Task<IResult> CreateAsync(SiteContext access, HttpContext context, ReviewDesk desk)
    {
        var (draft, problem) = await DraftAsync(context);
        if (draft is null)
        {
            return problem!;
        }

        var review = await desk.CreateAsync(access.Site, draft, context.User.Actor(), context.RequestAborted);
        return await DetailAsync(access.Site, review.Number, desk, context, StatusCodes.Status201Created);
    }

    private static async Task<IResult> SaveAsync(int number, SiteContext access, HttpContext context, ReviewDesk desk)
    {
        if (IfMatch.Of(context.Request) is not { Count: > 0 } versions)
        {
            return Problems.PreconditionRequired();
        }

        var (draft, problem) = await DraftAsync(context);
        if (draft is null)
        {
            return problem!;
        }

        var refusal = await desk.SaveAsync(access.Site, number, versions.Max(), draft, context.User.Actor(), context.RequestAborted);
        return await OutcomeAsync(access.Site, number, refusal, [], desk, context);
    }

    private static async Task<IResult> CloseAsync(int number, SiteContext access, HttpContext context, ReviewDesk desk)
    {
        if (IfMatch.Of(context.Request) is not { Count: > 0 } versions)
        {
            return Problems.PreconditionRequired();
        }

        var outcome = await desk.CloseAsync(access.Site, number, versions.Max(), context.User.Actor(), context.RequestAborted);
        return await OutcomeAsync(access.Site, number, outcome.Refusal, outcome.Errors, desk, context);
    }

    private static async Task<IResult> ActionDoneAsync(int number, int position, SiteContext access, HttpContext context, ReviewDesk desk)
    {
        var versions = IfMatch.Of(context.Request);
        var outcome = await desk.MarkActionDoneAsync(access.Site.Id, number, position, versions is { Count: > 0 } ? versions.Max() : null, context.User.Actor(), context.RequestAborted);
        if (outcome == ReviewActionOutcome.NotFound || await desk.FindActionAsync(access.Site.Id, number, position, context.RequestAborted) is not { } now)
        {
            return Problems.NotFound();
        }

        var dto = ReviewActionDto.Of(now);
        return outcome switch
        {
            ReviewActionOutcome.Stale => Problems.Stale(JsonSerializer.SerializeToNode(dto, ApiSetup.JsonOptions)!.AsObject(), now.Version),
            ReviewActionOutcome.AlreadyDone => Problems.Refused("review-action-done", Resources.WebText.ReviewActionAlreadyDone),
            _ => ApiSetup.Json(dto, version: now.Version),
        };
    }

    private static async Task<IResult> InputsAsync(int number, SiteContext access, HttpContext context, ReviewDesk desk, ReviewInputsReader inputs)
    {
        if (await desk.FindAsync(access.Site.Id, number, context.RequestAborted) is not { } review
            || await inputs.ReadAsync(access.Site, review, context.RequestAborted) is not { } gathered)
        {
            return Problems.NotFound();
        }

        return ApiSetup.Json(ReviewInputsDto.Of(gathered));
    }

    /// <summary>One mapping from the desk's outcome to the answer, for saving and closing alike.</summary>
    private static async Task<IResult> OutcomeAsync(SiteEntity site, int number, ReviewRefusal? refusal, IReadOnlyList<FactoryCps.Diagnostics.Diagnostic> errors, ReviewDesk desk, HttpContext context) => refusal switch
    {
        null => await DetailAsync(site, number, desk, context, StatusCodes.Status200OK),
        ReviewRefusal.NotFound => Problems.NotFound(),
        ReviewRefusal.ChangedMeanwhile when await desk.FindAsync(site.Id, number, context.RequestAborted) is { } current =>
            Problems.Stale(JsonSerializer.SerializeToNode(ReviewDetail.Of(current), ApiSetup.JsonOptions)!.AsObject(), current.Version),
        ReviewRefusal.BcpRefused => Problems.Validation(errors, withLocation: false),
        _ => Problems.Refused(refusal.Value.ToString(), ReviewPageWords.Refusal(refusal.Value)),
    };

    private static async Task<(ReviewDraft? Draft, IResult? Problem)> DraftAsync(HttpContext context)
    {
        var (body, problem) = await ApiBodies.ReadAsync<ReviewBody>(context.Request, context.RequestAborted);
        if (body is null)
        {
            return (null, problem);
        }

        var (draft, field) = ReviewInputsForm.Check(body);
        return draft is null ? (null, Problems.BadRequest(field, ReviewPageWords.Invalid(field!))) : (draft, null);
    }

    private static async Task<IResult> DetailAsync(SiteEntity site, int number, ReviewDesk desk, HttpContext context, int status)
    {
        if (await desk.FindAsync(site.Id, number, context.RequestAborted) is not { } review)
        {
            return Problems.NotFound();
        }

        var location = status == StatusCodes.Status201Created ? $"{ApiSetup.Prefix}/sites/{site.Key}/reviews/{review.Number.ToString(CultureInfo.InvariantCulture)}" : null;
        return ApiSetup.Json(ReviewDetail.Of(review), status, review.Version, location);
    }
}
