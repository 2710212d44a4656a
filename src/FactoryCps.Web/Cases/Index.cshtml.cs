using FactoryCps.Model;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Cases;

/// <summary>The site's cases, overdue first, and the form to report that something differs from normal.</summary>
[SitePermission(SitePermission.View, SitePermission.WorkCases)]
internal sealed class IndexModel(CaseHandling cases, SiteModelStore store, TimeProvider time) : SitePageModel
{
    [FromQuery(Name = "all")]
    public bool IncludeClosed { get; set; }

    public List<OodaCase> Cases { get; private set; } = [];

    public IReadOnlyList<Asset> Assets { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public bool Invalid { get; private set; }

    public async Task OnGetAsync()
    {
        Now = time.GetUtcNow();
        Cases = await cases.ListAsync(Access.Site.Id, IncludeClosed, HttpContext.RequestAborted);
        Assets = (await store.ModelAsync(Access.Site, HttpContext.RequestAborted))?.Assets ?? [];
    }

    public async Task<IActionResult> OnPostAsync(string? title, string? description, string? asset, string? severity)
    {
        await OnGetAsync();
        var report = new IncidentReport(title?.Trim() ?? "", description?.Trim(), string.IsNullOrWhiteSpace(asset) ? null : asset, severity ?? "");
        if (report.InvalidField(Assets) is not null)
        {
            Invalid = true;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var opened = await cases.ReportIncidentAsync(Access.Site, report, CaseActors.Of(Access, User), HttpContext.RequestAborted);
        return Redirect($"/sites/{SiteKey}/cases/{opened.Number}");
    }
}
