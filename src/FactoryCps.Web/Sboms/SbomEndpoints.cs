using FactoryCps.Sboms;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Sboms;

/// <summary>
/// The SBOMs of a site's assets and its licence overview. An SBOM is uploaded as the request body (the JSON file
/// itself); it replaces the asset's current one, which stays as history. The literal segments (<c>sboms</c>,
/// <c>licenses</c>, <c>assets/{asset}/sbom</c>) outrank the model-object routes' <c>{section}</c>.
/// </summary>
internal static class SbomEndpoints
{
    public static RouteGroupBuilder MapSboms(this RouteGroupBuilder api)
    {
        var sboms = api.MapGroup("/sites/{site}").WithTags(ApiTags.Sboms);
        sboms.MapGet("/sboms", ListAsync)
            .WithName("ListSboms").WithSummary("The current SBOM of every asset that has one: file, format, hash, component count, who uploaded it when.")
            .WithMetadata(new SitePermissionAttribute(SitePermission.View))
            .Produces<List<SbomItem>>().ProducesProblem(StatusCodes.Status404NotFound);
        sboms.MapGet("/assets/{asset}/sbom", GetAsync)
            .WithName("GetAssetSbom").WithSummary("An asset's current SBOM with its components (name, version, PURL, CPE, license and its concern, hashes).")
            .WithMetadata(new SitePermissionAttribute(SitePermission.View))
            .Produces<SbomDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        sboms.MapPut("/assets/{asset}/sbom", PutAsync)
            .WithName("PutAssetSbom").WithSummary("Uploads an SBOM (CycloneDX 1.2–1.6 or SPDX 2.2/2.3 JSON, the file as the body, at most 16 MB; ?fileName= names it) as the asset's current one.")
            .WithMetadata(new SitePermissionAttribute(SitePermission.View, SitePermission.EditModel))
            .WithRequestBody(ApiDocument.ObjectBody)
            .Produces<SbomItem>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        sboms.MapGet("/licenses", LicensesAsync)
            .WithName("ListLicenses").WithSummary("The site's license overview over all current SBOMs: each license, its concern (missing, noAssertion, unknown, none), components and assets.")
            .WithMetadata(new SitePermissionAttribute(SitePermission.View))
            .Produces<List<LicenseItem>>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> ListAsync(string site, SiteContext access, HttpContext context, SbomStore store) =>
        ApiSetup.Json((await store.CurrentAsync(access.Site.Id, context.RequestAborted)).Select(Item).ToList());

    private static async Task<IResult> GetAsync(string site, string asset, SiteContext access, HttpContext context, SbomStore store)
    {
        var siteId = access.Site.Id;
        var history = await store.HistoryAsync(siteId, asset, context.RequestAborted);
        if (history.Count == 0 || await store.ParsedAsync(siteId, history[0].Id, context.RequestAborted) is not { } sbom)
        {
            return Problems.NotFound();
        }

        return ApiSetup.Json(new SbomDetail(Item(history[0]), history.Count, [.. sbom.Components.Select(Component)]));
    }

    private static async Task<IResult> PutAsync(string site, string asset, [FromQuery] string? fileName, SiteContext access, HttpContext context, SbomStore store, SiteModelStore models)
    {
        if (await models.ObjectAsync(access.Site, "assets", asset, context.RequestAborted) is null)
        {
            return Problems.NotFound();
        }

        var (content, problem) = await ApiBodies.BytesAsync(context.Request, SbomStore.MaxUploadBytes, context.RequestAborted);
        if (content is null)
        {
            return problem!;
        }

        var (stored, error) = await SbomUploads.StoreAsync(store, access.Site.Id, asset, fileName ?? "", content, context.User.Actor(), context.RequestAborted);
        return stored is not null
            ? ApiSetup.Json(Item(stored))
            : Problems.BadRequest(error!.Path, error.Message, code: error.Code);
    }

    private static async Task<IResult> LicensesAsync(string site, SiteContext access, HttpContext context, SbomStore store) =>
        ApiSetup.Json((await store.LicensesAsync(access.Site.Id, context.RequestAborted))
            .Select(u => new LicenseItem(u.License, Camel(u.Concern.ToString()), u.Assets, [.. u.Components.Select(c => new LicenseComponent(c.Name, c.Version, c.Purl, c.Assets))]))
            .ToList());

    private static SbomItem Item(SbomSummary s) =>
        new(s.AssetId, s.FileName, s.Format, s.SpecVersion, s.Subject, s.Sha256, s.Size, s.ComponentCount, s.UploadedAt, s.UploadedBy);

    private static SbomComponentItem Component(SbomComponent c) =>
        new(c.Name, c.Group, c.Version, c.Type, c.Purl, c.Cpe, c.LicenseExpression, Camel(LicenseOverview.ConcernOf(c).ToString()),
            [.. c.Hashes.Select(h => new SbomHashItem(h.Algorithm, h.Value))]);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
