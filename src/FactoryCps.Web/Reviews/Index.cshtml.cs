using FactoryCps.Model;
using FactoryCps.Reviews;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Reviews;

/// <summary>The site's PDCA reviews, newest first, and why a review is called for now.</summary>
[SitePermission(SitePermission.View)]
internal sealed class IndexModel(ReviewDesk desk, ReviewCalls calls, SiteModelStore store) : SitePageModel
{
    public List<ReviewRecord> Reviews { get; private set; } = [];

    public IReadOnlyList<ReviewCall> Calls { get; private set; } = [];

    public FactoryModel? Model { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Reviews = await desk.ListAsync(Access.Site.Id, HttpContext.RequestAborted);
        Calls = await calls.CallsAsync(Access.Site, HttpContext.RequestAborted);
        Model = await store.ModelAsync(Access.Site, HttpContext.RequestAborted);
        return Page();
    }
}
