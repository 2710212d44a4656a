using FactoryCps.Reviews;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Reviews;

/// <summary>Starts the next review as a draft: periodic, held today, the next one a year on (the usual cycle; the meeting sets its own).</summary>
[SitePermission(SitePermission.ManageReviews)]
internal sealed class NewModel(ReviewDesk desk, TimeProvider time) : SitePageModel
{
    public ReviewBody Body { get; private set; } = new(ReviewKinds.Periodic, null, null, null, false, [], []);

    public string? Error { get; private set; }

    public void OnGet()
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        Body = Body with { HeldOn = today, NextReview = today.AddYears(1) };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Body = ReviewFormReader.Read(await Request.ReadFormAsync(HttpContext.RequestAborted));
        var (draft, field) = ReviewInputsForm.Check(Body);
        if (draft is null)
        {
            Error = ReviewPageWords.Invalid(field!);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var review = await desk.CreateAsync(Access.Site, draft, User.Actor(), HttpContext.RequestAborted);
        return Redirect($"/sites/{SiteKey}/reviews/{review.Number}");
    }
}
