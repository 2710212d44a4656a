using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Sboms;

/// <summary>One row of the SBOM page: an asset of the model and its current SBOM, if any.</summary>
internal sealed record AssetSbomRow(string AssetId, string? Name, string? Kind, SbomSummary? Current, int Versions);

/// <summary>The site's assets with their SBOMs: upload (replacing the current one) and removal per asset.</summary>
[SitePermission(SitePermission.View, SitePermission.EditModel)]
[RequestSizeLimit(SbomStore.MaxUploadBytes + (64 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = SbomStore.MaxUploadBytes + 1)]
internal sealed class IndexModel(SbomStore sboms, SiteModelStore models) : SitePageModel
{
    public List<AssetSbomRow> Rows { get; private set; } = [];

    /// <summary>The asset whose upload was refused, and why; shown at that asset's file field.</summary>
    public string? FailedAsset { get; private set; }

    public SbomUploadError? Error { get; private set; }

    [FromQuery(Name = "uploaded")]
    public string? Uploaded { get; set; }

    [FromQuery(Name = "deleted")]
    public string? Deleted { get; set; }

    public async Task OnGetAsync() => Rows = await RowsAsync();

    public async Task<IActionResult> OnPostUploadAsync(string? asset, IFormFile? file)
    {
        Rows = await RowsAsync();
        if (asset is null || Rows.All(r => r.AssetId != asset))
        {
            return NotFound();
        }

        byte[] content = [];
        if (file is { Length: > 0 and <= SbomStore.MaxUploadBytes })
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            content = buffer.ToArray();
        }

        var (stored, error) = file is { Length: > SbomStore.MaxUploadBytes }
            ? (null, SbomUploadError.TooLarge())
            : await SbomUploads.StoreAsync(sboms, Access.Site.Id, asset, file?.FileName ?? "", content, User.Actor(), HttpContext.RequestAborted);
        if (stored is not null)
        {
            return Redirect($"/sites/{SiteKey}/sboms?uploaded={Uri.EscapeDataString(asset)}#sbom-{Uri.EscapeDataString(asset)}");
        }

        FailedAsset = asset;
        Error = error;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? asset)
    {
        if (asset is null || !await sboms.DeleteAsync(Access.Site.Id, asset, User.Actor(), HttpContext.RequestAborted))
        {
            return NotFound();
        }

        return Redirect($"/sites/{SiteKey}/sboms?deleted={Uri.EscapeDataString(asset)}");
    }

    /// <summary>Every asset of the model, and SBOMs of assets that are no longer in it (they still count for licences).</summary>
    private async Task<List<AssetSbomRow>> RowsAsync()
    {
        var assets = await models.SectionAsync(Access.Site, "assets", HttpContext.RequestAborted);
        var current = (await sboms.CurrentAsync(Access.Site.Id, HttpContext.RequestAborted)).ToDictionary(s => s.AssetId, StringComparer.Ordinal);
        var versions = await sboms.VersionCountsAsync(Access.Site.Id, HttpContext.RequestAborted);
        var rows = assets.Select(a => new AssetSbomRow(a.Key, (string?)a.Body["name"], (string?)a.Body["kind"], current.GetValueOrDefault(a.Key), versions.GetValueOrDefault(a.Key))).ToList();
        rows.AddRange(current.Values.Where(s => assets.All(a => a.Key != s.AssetId)).Select(s => new AssetSbomRow(s.AssetId, null, null, s, versions.GetValueOrDefault(s.AssetId))));
        return rows;
    }
}
