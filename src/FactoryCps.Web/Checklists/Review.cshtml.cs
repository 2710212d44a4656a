using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Checklists;

/// <summary>
/// Reviewing a round's answers, one part at a time in one form: accept, or ask again with a note (the desk tells the
/// answerer). A review made against an answer that changed since is refused and the answer shown as it is now.
/// </summary>
[SitePermission(SitePermission.ManageAssessments)]
internal sealed class ReviewModel(RoundDesk desk, RoundWords words, SiteAnalysis analysis) : RoundPageModel(desk, words, analysis)
{
    [FromQuery(Name = "part")]
    public string? PartKey { get; set; }

    [FromQuery(Name = "saved")]
    public int? Saved { get; set; }

    public IReadOnlyList<RoundPart> Parts { get; private set; } = [];

    public RoundPart? Part { get; private set; }

    public string? Error { get; private set; }

    public HashSet<string> Stale { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var form = await Request.ReadFormAsync(HttpContext.RequestAborted);
        var reviews = new List<ReviewInput>();
        foreach (var id in form["question"])
        {
            if (id is null || Round!.Questions.All(q => q.QuestionId != id))
            {
                return NotFound();
            }

            var verdict = form["review:" + id].ToString();
            if (verdict is not (RoundQuestion.Accepted or RoundQuestion.AskedAgain))
            {
                continue; // not reviewed now
            }

            var version = int.TryParse(form["version:" + id], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;
            reviews.Add(new ReviewInput(id, version, verdict == RoundQuestion.Accepted, form["note:" + id]));
        }

        var actor = RoundActors.Of(Access, User);
        var outcome = await Desk.ReviewAsync(Access.Site.Id, Number, reviews, actor, HttpContext.RequestAborted);
        if (outcome.Succeeded)
        {
            return Redirect($"/sites/{SiteKey}/assessments/{Number}/review?part={Uri.EscapeDataString(PartKey ?? "")}&saved={reviews.Count}#part");
        }

        await LoadAsync();
        Stale.UnionWith(outcome.Stale.Select(q => q.QuestionId));
        Error = RoundText.Refusal(outcome.Refusal ?? RoundRefusal.ChangedMeanwhile);
        Response.StatusCode = outcome.Stale.Count > 0 ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>How many answers of a part await a review.</summary>
    public static int Waiting(RoundPart part) => part.Questions.Count(q => q.IsAnswered && q.Review is null);

    private async Task<bool> LoadAsync()
    {
        if (!await LoadRoundAsync())
        {
            return false;
        }

        Parts = RoundPart.Of(Round!.Questions);
        Part = Parts.FirstOrDefault(p => p.Key == PartKey) ?? Parts.FirstOrDefault(p => Waiting(p) > 0) ?? Parts.FirstOrDefault();
        PartKey = Part?.Key;
        return true;
    }
}
