using FactoryCps.Checklists;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Checklists;

/// <summary>
/// Closing a round: where its answers and the Step 2 statuses disagree, each in words; the closer applies the
/// round's result to the statuses (one transaction with the close, audited) or keeps them with a reason. After
/// closing, the page shows the decision taken and the disagreements as they were.
/// </summary>
[SitePermission(SitePermission.View, SitePermission.ManageAssessments)]
internal sealed class CloseModel(RoundDesk desk, RoundWords words, SiteAnalysis analysis) : RoundPageModel(desk, words, analysis)
{
    public IReadOnlyList<Disagreement> Disagreements { get; private set; } = [];

    public string? Error { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Reason { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int version, string? decision, string? reason)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (decision is not ("apply" or "keep"))
        {
            Error = RoundText.Invalid("decision");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var outcome = await Desk.CloseAsync(Access.Site, Number, version, decision == "apply", reason, RoundActors.Of(Access, User), HttpContext.RequestAborted);
        if (outcome.Refusal is null)
        {
            return Redirect($"/sites/{SiteKey}/assessments/{Number}/scores");
        }

        await LoadAsync();
        Reason = reason;
        Error = RoundText.Refusal(outcome.Refusal.Value);
        Errors = [.. outcome.Errors.Select(d => d.Render(Lang.Current))];
        Response.StatusCode = outcome.Refusal == RoundRefusal.ChangedMeanwhile ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>A disagreement in a sentence: the countermeasure, where (a zone's name with its id marked as an id), what Step 2 says and what the round's answer means.</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent Sentence(Disagreement d) => Ids.Format(
        Resources.WebText.AssessmentDisagreement,
        Report?.CountermeasureTitle(d.Countermeasure) ?? d.Countermeasure,
        d.Zone is null ? Resources.WebText.AssessmentWholeSite : Ids.Named(Report?.NameOf(d.Zone), d.Zone),
        Report?.Status(d.Current) ?? d.Current,
        Report?.Status(d.Answered) ?? d.Answered);

    private async Task<bool> LoadAsync()
    {
        if (!await LoadRoundAsync())
        {
            return false;
        }

        Disagreements = Round!.IsClosed ? [] : await Desk.DisagreementsAsync(Access.Site, Round, HttpContext.RequestAborted);
        return true;
    }
}
