using System.Text.Json.Nodes;
using FactoryCps.Diagnostics;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Data;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;
using FactoryCps.Yaml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Sites.Pages;

/// <summary>Sites: the ones the caller may see, one site's summary, and its whole model (export and import).</summary>
internal static class SiteEndpoints
{
    public static RouteGroupBuilder MapSites(this RouteGroupBuilder api)
    {
        var tagged = api.MapGroup("").WithTags(ApiTags.Sites);
        tagged.MapGet("/sites", ListAsync)
            .WithName("ListSites")
            .WithSummary("The sites where the caller holds a role (administrators: every site).")
            .Produces<SiteListItem[]>();

        // Not a {site} endpoint: no site exists yet to hold a role at. Administrators only, checked here.
        tagged.MapPost("/sites", CreateAsync)
            .WithName("CreateSite")
            .WithSummary("Creates a site by importing its model (administrators only); the model's site.id is the new site's key.")
            .WithRequestBody(ApiDocument.ModelBody)
            .Produces<ImportSummary>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        tagged.MapGet("/sites/{site}", SummaryAsync)
            .WithName("GetSite")
            .WithSummary("The site, the caller's role there and the number of objects per section.")
            .WithMetadata(new SitePermissionAttribute(SitePermission.View))
            .Produces<SiteSummary>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        tagged.MapGet("/sites/{site}/model", ExportAsync)
            .WithName("ExportModel")
            .WithSummary("The whole model in the model format: JSON, or YAML with ?format=yaml.")
            .WithMetadata(new SitePermissionAttribute(SitePermission.Import))
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json", "application/yaml")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        tagged.MapPut("/sites/{site}/model", ReplaceAsync)
            .WithName("ReplaceModel")
            .WithSummary("Replaces the whole model (JSON or YAML), validated and all-or-nothing; its site.id must be the site's.")
            .WithMetadata(new SitePermissionAttribute(SitePermission.Import))
            .WithRequestBody(ApiDocument.ModelBody)
            .Produces<ImportSummary>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext context, SiteAccess access, FcpsDbContext db)
    {
        var userId = context.User.UserId()!;
        var sites = await access.VisibleSitesAsync(userId, context.RequestAborted);
        var roles = await db.SiteMembers.AsNoTracking().Where(m => m.UserId == userId).ToDictionaryAsync(m => m.SiteId, m => m.Role, context.RequestAborted);
        return ApiSetup.Json(sites.Select(s => new SiteListItem(s.Key, s.Name, roles.GetValueOrDefault(s.Id, SiteRoles.Administrator), s.UpdatedAt)).ToList());
    }

    private static async Task<IResult> SummaryAsync(string site, SiteContext access, HttpContext context, FcpsDbContext db) =>
        ApiSetup.Json(await SummaryOfAsync(db, access, context.RequestAborted));

    private static async Task<IResult> ExportAsync(string site, [FromQuery] string? format, SiteContext access, HttpContext context, SiteModelStore store)
    {
        if (format is not (null or "json" or "yaml"))
        {
            return Problems.BadRequest("format", "format: json | yaml");
        }

        if (await store.DocumentAsync(access.Site, context.RequestAborted) is not { } document)
        {
            return Problems.NotFound();
        }

        return format == "yaml" ? Results.Text(YamlText.Write(document), "application/yaml; charset=utf-8") : ApiSetup.Json(document);
    }

    private static async Task<IResult> ReplaceAsync(string site, SiteContext access, HttpContext context, SiteModelStore store, FcpsDbContext db) =>
        await ImportAsync(context, store, db, access.Site, create: false, (summary, _) => ApiSetup.Json(summary), access.Role ?? SiteRoles.Administrator);

    private static async Task<IResult> CreateAsync(HttpContext context, SiteModelStore store, FcpsDbContext db)
    {
        var userId = context.User.UserId();
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.IsAdministrator, context.RequestAborted))
        {
            return Problems.Forbidden(WebText.ApiAdministratorsOnly);
        }

        return await ImportAsync(context, store, db, into: null, create: true, (summary, key) =>
            ApiSetup.Json(summary, StatusCodes.Status201Created, location: $"/api/v1/sites/{Uri.EscapeDataString(key)}"), SiteRoles.Administrator);
    }

    private static async Task<IResult> ImportAsync(HttpContext context, SiteModelStore store, FcpsDbContext db, SiteEntity? into, bool create, Func<ImportSummary, string, IResult> answer, string role)
    {
        var (text, problem) = await ApiBodies.TextAsync(context.Request, ApiBodies.MaxModelBytes, context.RequestAborted);
        if (text is null)
        {
            return problem!;
        }

        ImportResult result;
        try
        {
            // The name only shows in diagnostics, which the API reports by line and column.
            result = await store.ImportAsync(text, "model", context.User.Actor(), into, create, context.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // Another import of the same site (or the creation of the same new site) committed first.
            return Problems.Conflict(WebText.ApiConcurrentImport);
        }

        if (result.ExistingSite is { } existing)
        {
            return Problems.SiteExists(existing);
        }

        if (!result.Succeeded)
        {
            return Problems.Validation(result.Diagnostics, withLocation: true);
        }

        var site = result.Site!;
        var summary = await SummaryOfAsync(db, new SiteContext(site, role, false), context.RequestAborted);
        return answer(new ImportSummary(summary, Problems.Errors(result.Diagnostics.Where(d => d.Severity == Severity.Warning), withLocation: true)), site.Key);
    }

    private static async Task<SiteSummary> SummaryOfAsync(FcpsDbContext db, SiteContext access, CancellationToken cancellationToken)
    {
        var counts = await db.ModelObjects.AsNoTracking()
            .Where(o => o.SiteId == access.Site.Id)
            .GroupBy(o => o.Section)
            .Select(g => new { Section = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Section, g => g.Count, cancellationToken);
        return new SiteSummary(access.Site.Key, access.Site.Name, access.Role ?? SiteRoles.Administrator, access.Site.CreatedAt, access.Site.UpdatedAt, counts);
    }
}
