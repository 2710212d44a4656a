using FactoryCps.Diagnostics;
using FactoryCps.Localization;
using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Suppliers.Actions;
using FactoryCps.Web.Suppliers.Portal;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Pages;

/// <summary>
/// A questionnaire for the site's staff: the questions as issued, the supplier's answers and evidence (downloadable),
/// and the invitation links to the portal — created (the link is shown this once) and revoked here; the security
/// department's judgement of each answer, the verdict, closing the review, and the changes since the last round.
/// </summary>
[SitePermission(SitePermission.View, SitePermission.ManageSuppliers)]
internal sealed class QuestionnaireModel(QuestionnaireDesk desk, PortalInvitations invitations, QuestionnaireJudging judging, PublicLinks links, TimeProvider time) : SupplyPageModel
{
    [FromRoute(Name = "number")]
    public int Number { get; set; }

    public Questionnaire? Shown { get; private set; }

    public List<EvidenceSummary> Evidence { get; private set; } = [];

    public List<PortalInvitation> Invitations { get; private set; } = [];

    /// <summary>The link just created: on this response only, never stored.</summary>
    public string? NewLink { get; private set; }

    public bool Revoked { get; private set; }

    public DateTimeOffset Now { get; private set; }

    /// <summary>The domain's review of the stored answers and judgements: verdict, coverage, open points.</summary>
    public QuestionnaireReview? Review { get; private set; }

    /// <summary>The previous round of the same item, when this is a re-assessment, and how the answers moved since.</summary>
    public Questionnaire? Previous { get; private set; }

    public IReadOnlyList<AnswerChange> Changes { get; private set; } = [];

    /// <summary>Why the last judgement or closing was refused (the domain's rule), in both languages.</summary>
    public LocalizedText? Problem { get; private set; }

    /// <summary>The questionnaire changed after this user's page was shown: nothing was saved, the page shows it as stored now.</summary>
    public bool ChangedMeanwhile { get; private set; }

    /// <summary>A judgement from a question's form; <c>version</c> is the questionnaire's when the form was shown (the reviewer judged what they saw).</summary>
    public async Task<IActionResult> OnPostJudgeAsync(string item, string? judgement, string? note, bool blocking, int? version)
    {
        var kind = judgement switch
        {
            Questionnaire.Accepted => JudgementKind.Accepted,
            Questionnaire.Flagged => JudgementKind.Flagged,
            _ => (JudgementKind?)null,
        };
        if (kind is null)
        {
            return await RefusedAsync(new Message("SupplierRuleUnknownJudgement", judgement));
        }

        var outcome = await judging.JudgeAsync(Access.Site.Id, Number, version, new AnswerJudgement(item ?? "", kind.Value, note, blocking), User.Actor(), HttpContext.RequestAborted);
        return outcome.Succeeded ? Redirect($"/sites/{SiteKey}/questionnaires/{Number}#question-{item}") : await NotDoneAsync(outcome);
    }

    public async Task<IActionResult> OnPostCloseAsync(int? version)
    {
        var outcome = await judging.CloseAsync(Access.Site, Number, version, User.Actor(), HttpContext.RequestAborted);
        return outcome.Succeeded ? Redirect($"/sites/{SiteKey}/questionnaires/{Number}") : await NotDoneAsync(outcome);
    }

    private async Task<IActionResult> NotDoneAsync(JudgingOutcome outcome)
    {
        if (!outcome.Found)
        {
            return NotFound();
        }

        if (!outcome.ChangedMeanwhile)
        {
            return await RefusedAsync(outcome.Refusal!);
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        ChangedMeanwhile = true;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<IActionResult> RefusedAsync(Message problem)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Problem = problem.ToText();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnGetEvidenceAsync(long evidence)
    {
        var q = await desk.FindAsync(Access.Site.Id, Number, HttpContext.RequestAborted);
        var file = q is null ? null : await desk.EvidenceFileAsync(q.Id, evidence, HttpContext.RequestAborted);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostInviteAsync(string? recipient)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Shown!.AcceptsInvitation() is not null)
        {
            return await RefusedAsync(PortalInvitations.Refusal(Shown));
        }

        var (_, token) = await invitations.CreateAsync(Shown, recipient, User.Actor(), HttpContext.RequestAborted);
        NewLink = links.To($"/portal/invite/{token}");
        Invitations = await invitations.ListAsync(Shown!.Id, HttpContext.RequestAborted);
        Response.Headers.CacheControl = "no-store"; // the link must not stay in a cache
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long invitation)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!await invitations.RevokeAsync(Shown!, invitation, User.Actor(), HttpContext.RequestAborted))
        {
            return NotFound();
        }

        Revoked = true;
        Invitations = await invitations.ListAsync(Shown!.Id, HttpContext.RequestAborted);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        Now = time.GetUtcNow();
        Shown = await desk.FindAsync(Access.Site.Id, Number, HttpContext.RequestAborted);
        if (Shown is null)
        {
            return false;
        }

        Evidence = await desk.EvidenceAsync(Shown.Id, HttpContext.RequestAborted);
        Review = StoredReview.Of(Shown);
        if (Shown.Round > 1)
        {
            var rounds = await desk.ListAsync(Access.Site.Id, Shown.SuppliedItemId, HttpContext.RequestAborted);
            if (rounds.FirstOrDefault(r => r.Round == Shown.Round - 1) is { } before)
            {
                Previous = await desk.FindAsync(Access.Site.Id, before.Number, HttpContext.RequestAborted);
                Changes = AnswerComparison.Compare(StoredReview.Answers(Previous!.Items), StoredReview.Answers(Shown.Items));
            }
        }

        Invitations = await invitations.ListAsync(Shown.Id, HttpContext.RequestAborted);
        return true;
    }
}
