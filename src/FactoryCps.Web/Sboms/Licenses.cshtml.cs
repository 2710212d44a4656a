using FactoryCps.Sboms;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Sboms;

/// <summary>
/// The site's licence overview: every licence in its assets' current SBOMs, the components and assets under it,
/// and the ones that need someone to identify or determine the licence first.
/// </summary>
[SitePermission(SitePermission.View)]
internal sealed class LicensesModel(SbomStore sboms, SiteModelStore models) : SitePageModel
{
    public IReadOnlyList<SiteLicenseUsage> Overview { get; private set; } = [];

    public int SbomCount { get; private set; }

    public Dictionary<string, string> AssetNames { get; private set; } = [];

    public async Task OnGetAsync()
    {
        SbomCount = (await sboms.CurrentAsync(Access.Site.Id, HttpContext.RequestAborted)).Count;
        Overview = await sboms.LicensesAsync(Access.Site.Id, HttpContext.RequestAborted);
        AssetNames = (await models.SectionAsync(Access.Site, "assets", HttpContext.RequestAborted))
            .ToDictionary(a => a.Key, a => (string?)a.Body["name"] ?? a.Key, StringComparer.Ordinal);
    }

    public string AssetName(string id) => AssetNames.GetValueOrDefault(id, id);
}
