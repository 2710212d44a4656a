using FactoryCps.Sboms;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Sboms;

/// <summary>The components of one asset's SBOM (the current one, or an older version), with its history and the file.</summary>
[SitePermission(SitePermission.View)]
internal sealed class AssetModel(SbomStore sboms, SiteModelStore models) : SitePageModel
{
    [FromRoute(Name = "asset")]
    public string AssetId { get; set; } = "";

    public string? AssetName { get; private set; }

    public List<SbomSummary> History { get; private set; } = [];

    public SbomSummary? Shown { get; private set; }

    public Sbom? Sbom { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? version)
    {
        if (!await LoadAsync(version))
        {
            return NotFound();
        }

        if (Shown is not null)
        {
            Sbom = await sboms.ParsedAsync(Access.Site.Id, Shown.Id, HttpContext.RequestAborted);
        }

        return Page();
    }

    /// <summary>The file as it was uploaded.</summary>
    public async Task<IActionResult> OnGetFileAsync(long? version)
    {
        if (!await LoadAsync(version) || Shown is null || await sboms.FileAsync(Access.Site.Id, Shown.Id, HttpContext.RequestAborted) is not var (name, content))
        {
            return NotFound();
        }

        return File(content, "application/json", name);
    }

    /// <summary>False for an asset that is neither in the model nor has an SBOM, or a version that is not the asset's.</summary>
    private async Task<bool> LoadAsync(long? version)
    {
        History = await sboms.HistoryAsync(Access.Site.Id, AssetId, HttpContext.RequestAborted);
        var asset = await models.ObjectAsync(Access.Site, "assets", AssetId, HttpContext.RequestAborted);
        AssetName = asset is ({ } body, _) ? (string?)body["name"] : null;
        Shown = version is { } id ? History.FirstOrDefault(s => s.Id == id) : History.FirstOrDefault();
        return (asset is not null || History.Count > 0) && (version is null || Shown is not null);
    }
}
