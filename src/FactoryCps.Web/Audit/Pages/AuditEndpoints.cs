using System.Globalization;
using System.Text.Json.Nodes;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Api;
using FactoryCps.Web.Data;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Audit.Pages;

/// <summary>The site's audit log, read page by page: the log only grows, so "after this id" pages are stable.</summary>
internal static class AuditEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        var tagged = api.MapGroup("").WithTags(ApiTags.Audit);
        tagged.MapGet("/sites/{site}/audit", ListAsync)
            .WithName("ListAudit")
            .WithSummary("Audit entries, oldest first: who changed what, before and after. Page with ?after=<id>&limit=<1..500>.")
            .WithMetadata(new SitePermissionAttribute(SitePermission.ViewAudit))
            .Produces<AuditPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> ListAsync(string site, [FromQuery] long? after, [FromQuery] int? limit, SiteContext access, HttpContext context, FcpsDbContext db)
    {
        var take = limit ?? DefaultLimit;
        if (take is < 1 or > MaxLimit)
        {
            return Problems.BadRequest("limit", string.Format(CultureInfo.CurrentCulture, WebText.ApiLimit, MaxLimit));
        }

        var siteId = access.Site.Id;
        var from = after ?? 0;
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.SiteId == siteId && e.Id > from)
            .OrderBy(e => e.Id)
            .Take(take + 1)
            .ToListAsync(context.RequestAborted);
        var page = entries.Take(take)
            .Select(e => new AuditItem(e.Id, e.At, e.UserName, e.Action, e.Section, e.Key, Parse(e.Before), Parse(e.After)))
            .ToList();
        return ApiSetup.Json(new AuditPage(page, entries.Count > take ? page[^1].Id : null));
    }

    private static JsonNode? Parse(string? json) => json is null ? null : JsonNode.Parse(json);
}
