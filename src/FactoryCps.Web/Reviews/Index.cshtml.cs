using FactoryCps.Model;
using FactoryCps.Reviews;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Reviews;

/// <summary>
/// The site's PDCA reviews, newest first, and why a review is called for now. A recorded review's action is marked
/// done here (from its row of the plan), so that the permission is the reviews' own.
/// </summary>
[SitePermission(SitePermission.View, SitePermission.ManageReviews)]
internal sealed class IndexModel(ReviewDesk desk, ReviewCalls calls, SiteModelStore store) : SitePageModel
{
    public List<ReviewRecord> Reviews { get; private set; } = [];

    public IReadOnlyList<ReviewCall> Calls { get; private set; } = [];

    public FactoryModel? Model { get; private set; }

    /// <summary>Why marking a review's action done stored nothing (done already, or changed meanwhile).</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    /// <summary>Marks an action of a recorded review done (<paramref name="position"/> from 1), back to its place in the plan.</summary>
    public async Task<IActionResult> OnPostActionDoneAsync(int number, int position, int version)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        switch (await desk.MarkActionDoneAsync(Access.Site.Id, number, position, version, User.Actor(), HttpContext.RequestAborted))
        {
            case ReviewActionOutcome.NotFound:
                return NotFound();
            case ReviewActionOutcome.Done:
                return Redirect($"/sites/{SiteKey}/plan#review-action-{number}-{position}");
            case var refused:
                Problem = refused == ReviewActionOutcome.Stale ? Resources.WebText.ReviewActionStale : Resources.WebText.ReviewActionAlreadyDone;
                await LoadAsync();
                Response.StatusCode = refused == ReviewActionOutcome.Stale ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
                return Page();
        }
    }

    private async Task LoadAsync()
    {
        Reviews = await desk.ListAsync(Access.Site.Id, HttpContext.RequestAborted);
        Calls = await calls.CallsAsync(Access.Site, HttpContext.RequestAborted);
        Model = await store.ModelAsync(Access.Site, HttpContext.RequestAborted);
    }
}
