using System.Text.Json.Nodes;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Start;

/// <summary>
/// The guided set-up's start: its stages with what the model already holds for each, and the stage to continue at,
/// the first one not yet done. Nothing is kept about the set-up itself, so leaving and coming back (or filling a
/// stage through Step 1's forms or an import) moves the point on just the same.
/// </summary>
[SitePermission(SitePermission.View)]
internal sealed class IndexModel(SiteModelStore store) : SitePageModel
{
    public JsonObject? Document { get; private set; }

    public string Resume { get; private set; } = StartStages.All[0].Name;

    /// <summary>Whether anything but the site itself is in the model yet (a fresh start rather than a return).</summary>
    public bool Begun => Document is not null && StartStages.All.SelectMany(s => s.Forms).Any(f => Document[f.Section] is not null);

    public async Task OnGetAsync()
    {
        Document = await store.DocumentAsync(Access.Site, HttpContext.RequestAborted);
        Resume = StartStages.Resume(Document);
    }
}
