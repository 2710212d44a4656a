using FactoryCps.Reports;
using FactoryCps.Reviews;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Reviews;

/// <summary>
/// One review: while open, the meeting's form (saved against the review's version) and the button that records it;
/// once closed, the record. Below, the inputs gathered for its period, each linking to the page it comes from.
/// </summary>
[SitePermission(SitePermission.View)]
internal sealed class ReviewModel(ReviewDesk desk, ReviewInputsReader inputs, SiteAnalysis analysis) : SitePageModel
{
    public ReviewRecord? Review { get; private set; }

    public ReviewBody? Body { get; private set; }

    public ReviewInputs? Inputs { get; private set; }

    public ReportContext? Words { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<FactoryCps.Diagnostics.Diagnostic> Errors { get; private set; } = [];

    public bool MayChange => Review is { IsClosed: false } && Access.May(SitePermission.ManageReviews);

    public async Task<IActionResult> OnGetAsync(int number) => await ShowAsync(number) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(int number, int version)
    {
        if (!Access.May(SitePermission.ManageReviews))
        {
            return Forbid();
        }

        var body = ReviewFormReader.Read(await Request.ReadFormAsync(HttpContext.RequestAborted));
        var (draft, field) = ReviewInputsForm.Check(body);
        var refusal = draft is null ? null : await desk.SaveAsync(Access.Site, number, version, draft, User.Actor(), HttpContext.RequestAborted);
        if (draft is not null && refusal is null)
        {
            return Redirect($"/sites/{SiteKey}/reviews/{number}");
        }

        if (!await ShowAsync(number))
        {
            return NotFound();
        }

        Body = body; // keep what the user typed
        return Refused(draft is null ? ReviewPageWords.Invalid(field!) : ReviewPageWords.Refusal(refusal!.Value), refusal == ReviewRefusal.ChangedMeanwhile);
    }

    public async Task<IActionResult> OnPostCloseAsync(int number, int version)
    {
        if (!Access.May(SitePermission.ManageReviews))
        {
            return Forbid();
        }

        var outcome = await desk.CloseAsync(Access.Site, number, version, User.Actor(), HttpContext.RequestAborted);
        if (outcome.Refusal is null)
        {
            return Redirect($"/sites/{SiteKey}/reviews/{number}");
        }

        if (outcome.Refusal == ReviewRefusal.NotFound || !await ShowAsync(number))
        {
            return NotFound();
        }

        Errors = outcome.Errors;
        return Refused(ReviewPageWords.Refusal(outcome.Refusal.Value), outcome.Refusal == ReviewRefusal.ChangedMeanwhile);
    }

    private IActionResult Refused(string error, bool conflict)
    {
        Error = error;
        Response.StatusCode = conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> ShowAsync(int number)
    {
        Review = await desk.FindAsync(Access.Site.Id, number, HttpContext.RequestAborted);
        if (Review is null)
        {
            return false;
        }

        Body = new ReviewBody(
            Review.Kind, Review.HeldOn, Review.NextReview, Review.Decisions, Review.BcpRechecked,
            [.. Review.Participants.Select(p => new ParticipantBody(p.Name, p.Role))],
            [.. Review.Actions.Select(a => new ActionBody(a.Title, a.Owner, a.DueDate))]);
        Inputs = await inputs.ReadAsync(Access.Site, Review, HttpContext.RequestAborted);
        Words = await analysis.ReportAsync(Access.Site, Lang.Current, HttpContext.RequestAborted);
        return true;
    }
}
