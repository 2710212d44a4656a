using FactoryCps.Sboms;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Sboms;

/// <summary>What changed between two versions of an asset's SBOM: by default the one it replaced and the current one.</summary>
[SitePermission(SitePermission.View)]
internal sealed class DiffModel(SbomStore sboms) : SitePageModel
{
    [FromRoute(Name = "asset")]
    public string AssetId { get; set; } = "";

    public SbomSummary? Older { get; private set; }

    public SbomSummary? Newer { get; private set; }

    public SbomDiff? Diff { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? from, long? to)
    {
        var history = await sboms.HistoryAsync(Access.Site.Id, AssetId, HttpContext.RequestAborted);
        Newer = to is { } newId ? history.FirstOrDefault(s => s.Id == newId) : history.FirstOrDefault();
        Older = from is { } oldId ? history.FirstOrDefault(s => s.Id == oldId) : history.FirstOrDefault(s => s.Id < (Newer?.Id ?? 0));
        if ((from is not null && Older is null) || (to is not null && Newer is null))
        {
            return NotFound();
        }

        if (Older is not null && Newer is not null
            && await sboms.ParsedAsync(Access.Site.Id, Older.Id, HttpContext.RequestAborted) is { } older
            && await sboms.ParsedAsync(Access.Site.Id, Newer.Id, HttpContext.RequestAborted) is { } newer)
        {
            Diff = SbomDiffer.Compare(older, newer);
        }

        return Page();
    }
}
