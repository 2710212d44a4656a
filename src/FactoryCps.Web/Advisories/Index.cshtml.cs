using FactoryCps.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Advisories;

/// <summary>
/// The installation's advisories (shared by all sites, so any signed-in user reads them): newest first, searchable
/// by tracking id, title or CVE, with the CSAF verdict. Imports come from <c>fcps advisories import</c>.
/// </summary>
internal sealed class IndexModel(FcpsDbContext db) : PageModel
{
    public const int PageSize = 100;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    public List<AdvisoryRow> Advisories { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>
    /// Filtered here rather than in SQL: a few thousand short rows, and the same case-insensitive search on
    /// SQLite and PostgreSQL (their LIKE differs in case).
    /// </summary>
    public async Task OnGetAsync()
    {
        var rows = await db.Set<AdvisoryEntity>().AsNoTracking()
            .Select(a => new AdvisoryRow(a.Id, a.TrackingId, a.Version, a.Title, a.PublisherName, a.MaxCvss, a.Cves, a.CurrentReleaseDate, a.IsValid, a.FailedTests))
            .ToListAsync(HttpContext.RequestAborted);
        Total = rows.Count;
        var q = Query?.Trim();
        IEnumerable<AdvisoryRow> found = rows;
        if (!string.IsNullOrEmpty(q))
        {
            found = rows.Where(a => a.TrackingId.Contains(q, StringComparison.OrdinalIgnoreCase) || a.Title.Contains(q, StringComparison.OrdinalIgnoreCase) || a.Cves.Contains(q, StringComparison.OrdinalIgnoreCase));
        }

        Advisories = [.. found.OrderByDescending(a => a.Id).Take(PageSize)];
    }
}

internal sealed record AdvisoryRow(int Id, string TrackingId, string Version, string Title, string PublisherName, double? MaxCvss, string Cves, DateTimeOffset? CurrentReleaseDate, bool IsValid, string FailedTests);
