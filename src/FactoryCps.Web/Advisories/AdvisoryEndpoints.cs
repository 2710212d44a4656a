using System.Globalization;
using System.Text.Json.Nodes;
using FactoryCps.Web.Api;
using FactoryCps.Web.Data;
using FactoryCps.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Advisories;

/// <summary>
/// The installation's advisories, read-only: they are not per site, so any signed-in user (any API token) may
/// read them. Import is the operator's, from the shell (<c>fcps advisories import</c>).
/// </summary>
internal static class AdvisoryEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapAdvisories(this RouteGroupBuilder api)
    {
        var tagged = api.MapGroup("").WithTags(ApiTags.Advisories);
        tagged.MapGet("/advisories", ListAsync)
            .WithName("ListAdvisories")
            .WithSummary("Advisories in their current version, by id. Page with ?after=<id>&limit=<1..500>.")
            .Produces<AdvisoryPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        tagged.MapGet("/advisories/{id:int}", GetAsync)
            .WithName("GetAdvisory")
            .WithSummary("One advisory: its summary, every stored version, and the current CSAF document.")
            .Produces<AdvisoryDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> ListAsync([FromQuery] int? after, [FromQuery] int? limit, HttpContext context, FcpsDbContext db)
    {
        var take = limit ?? DefaultLimit;
        if (take is < 1 or > MaxLimit)
        {
            return Problems.BadRequest("limit", string.Format(CultureInfo.CurrentCulture, WebText.ApiLimit, MaxLimit));
        }

        var from = after ?? 0;
        var rows = await db.Set<AdvisoryEntity>().AsNoTracking()
            .Where(a => a.Id > from)
            .OrderBy(a => a.Id)
            .Take(take + 1)
            .Select(a => new { a.Id, a.PublisherNamespace, a.TrackingId, a.Version, a.Title, a.PublisherName, a.InitialReleaseDate, a.CurrentReleaseDate, a.MaxCvss, a.Severity, a.Cves, a.IsValid, a.FailedTests, a.ImportedAt })
            .ToListAsync(context.RequestAborted);
        var page = rows.Take(take)
            .Select(a => new AdvisoryItem(a.Id, a.PublisherNamespace, a.TrackingId, a.Version, a.Title, a.PublisherName, a.InitialReleaseDate, a.CurrentReleaseDate, a.MaxCvss, a.Severity, Words(a.Cves), a.IsValid, Words(a.FailedTests), a.ImportedAt))
            .ToList();
        return ApiSetup.Json(new AdvisoryPage(page, rows.Count > take ? page[^1].Id : null));
    }

    private static async Task<IResult> GetAsync(int id, HttpContext context, FcpsDbContext db)
    {
        var advisory = await db.Set<AdvisoryEntity>().AsNoTracking().Include(a => a.Revisions).SingleOrDefaultAsync(a => a.Id == id, context.RequestAborted);
        if (advisory is null)
        {
            return Problems.NotFound();
        }

        var item = new AdvisoryItem(advisory.Id, advisory.PublisherNamespace, advisory.TrackingId, advisory.Version, advisory.Title, advisory.PublisherName, advisory.InitialReleaseDate, advisory.CurrentReleaseDate, advisory.MaxCvss, advisory.Severity, Words(advisory.Cves), advisory.IsValid, Words(advisory.FailedTests), advisory.ImportedAt);
        var revisions = advisory.Revisions.OrderBy(r => r.Id)
            .Select(r => new AdvisoryRevisionItem(r.Version, r.Title, r.CurrentReleaseDate, r.IsValid, r.ErrorCount, r.ContentSha256, r.SourceName, r.ImportedAt, r.ImportedBy))
            .ToList();
        return ApiSetup.Json(new AdvisoryDetail(item, advisory.ErrorCount, advisory.WarningCount, advisory.ContentSha256, revisions, JsonNode.Parse(AdvisoryDocuments.Decompress(advisory.Document))!.AsObject()));
    }

    private static IReadOnlyList<string> Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>An advisory in its current version; <c>valid</c> is false when a mandatory CSAF test failed (<c>failedTests</c>).</summary>
internal sealed record AdvisoryItem(
    int Id,
    string PublisherNamespace,
    string TrackingId,
    string Version,
    string Title,
    string PublisherName,
    DateTimeOffset? InitialReleaseDate,
    DateTimeOffset? CurrentReleaseDate,
    double? MaxCvss,
    string? Severity,
    IReadOnlyList<string> Cves,
    bool Valid,
    IReadOnlyList<string> FailedTests,
    DateTimeOffset ImportedAt);

/// <summary>A page of advisories by id; <c>next</c> is the <c>after</c> value of the next page, null at the end.</summary>
internal sealed record AdvisoryPage(IReadOnlyList<AdvisoryItem> Advisories, int? Next);

/// <summary>One stored version of an advisory, in the order they were imported.</summary>
internal sealed record AdvisoryRevisionItem(string Version, string Title, DateTimeOffset? CurrentReleaseDate, bool Valid, int ErrorCount, string Sha256, string SourceName, DateTimeOffset ImportedAt, string ImportedBy);

internal sealed record AdvisoryDetail(AdvisoryItem Advisory, int ErrorCount, int WarningCount, string Sha256, IReadOnlyList<AdvisoryRevisionItem> Revisions, JsonObject Document);
