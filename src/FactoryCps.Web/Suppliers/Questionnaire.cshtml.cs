using FactoryCps.Web.Accounts;
using FactoryCps.Web.Data;
using FactoryCps.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers;

/// <summary>
/// A questionnaire for the site's staff: the questions as issued, the supplier's answers and evidence (downloadable),
/// and the invitation links to the portal — created (the link is shown this once) and revoked here.
/// </summary>
[SitePermission(SitePermission.View, SitePermission.ManageSuppliers)]
internal sealed class QuestionnaireModel(QuestionnaireDesk desk, PortalInvitations invitations, TimeProvider time) : SupplyPageModel
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

        var (_, token) = await invitations.CreateAsync(Shown!, recipient, User.Actor(), HttpContext.RequestAborted);
        NewLink = $"{Request.Scheme}://{Request.Host}/portal/invite/{token}";
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
        Invitations = await invitations.ListAsync(Shown.Id, HttpContext.RequestAborted);
        return true;
    }
}
