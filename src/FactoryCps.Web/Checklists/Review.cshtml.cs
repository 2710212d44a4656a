using FactoryCps.Reports;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Checklists;

/// <summary>
/// Reviewing a round's answers, one part at a time in one form: accept, or ask again with a note (the desk tells the
/// answerer). A review made against an answer that changed since is refused and the answer shown as it is now.
/// </summary>
[SitePermission(SitePermission.ManageAssessments)]
internal sealed class ReviewModel(RoundDesk desk, RoundWords words, SiteAnalysis analysis) : SitePageModel
{
    [FromRoute]
    public int Number { get; set; }

    [FromQuery(Name = "part")]
    public string? PartKey { get; set; }

    [FromQuery(Name = "saved")]
    public int? Saved { get; set; }

    public AssessmentRound? Round { get; private set; }

    public RoundWords Words => words;

    public ReportContext? Report { get; private set; }

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
        var outcome = await desk.ReviewAsync(Access.Site.Id, Number, reviews, actor, HttpContext.RequestAborted);
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

    /// <summary>A part's name in words; a zone's part adds the zone's name with its id marked as an id.</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent PartTitle(RoundPart part) => part.Group is null
        ? Ids.Format("{0}", words.Step(part.Step))
        : part.Zone is null ? Ids.Format("{0}", words.Group(part.Group)) : Ids.Format("{0} · {1}", words.Group(part.Group), Ids.Named(Report?.NameOf(part.Zone), part.Zone));

    /// <summary>How many answers of a part await a review.</summary>
    public static int Waiting(RoundPart part) => part.Questions.Count(q => q.IsAnswered && q.Review is null);

    private async Task<bool> LoadAsync()
    {
        Round = await desk.FindAsync(Access.Site.Id, Number, HttpContext.RequestAborted);
        if (Round is null)
        {
            return false;
        }

        Report = await analysis.ReportAsync(Access.Site, Lang.Current, HttpContext.RequestAborted);
        Parts = RoundPart.Of(Round.Questions);
        Part = Parts.FirstOrDefault(p => p.Key == PartKey) ?? Parts.FirstOrDefault(p => Waiting(p) > 0) ?? Parts.FirstOrDefault();
        PartKey = Part?.Key;
        return true;
    }
}
