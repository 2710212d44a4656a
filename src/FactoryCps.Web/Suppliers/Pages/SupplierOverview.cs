using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Web.Cases;
using FactoryCps.Web.Data;
using FactoryCps.Web.Suppliers.Actions;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Suppliers.Pages;

/// <summary>A supplier whose products (the assets its items are or reach) have open vulnerability or incident cases.</summary>
internal sealed record SupplierAtRisk(Supplier Supplier, IReadOnlyList<OodaCase> Cases);

/// <summary>The site's supply chain at a glance (issue 6, "Reports and dashboard").</summary>
internal sealed record SupplierOverviewData(
    IReadOnlyList<ReviewCoverage> Coverage,
    IReadOnlyList<SupplierAction> OpenActions,
    IReadOnlyList<ItemReassessment> Due,
    IReadOnlyList<SupplierAtRisk> AtRisk);

/// <summary>
/// Builds the supplier overview: coverage of answered questions per category and phase over each item's latest
/// questionnaire (the current round is what the supplier stands by), the open plan actions, the re-assessments due
/// (most overdue first), and the suppliers with open cases on their products.
/// </summary>
internal sealed class SupplierOverview(FcpsDbContext db, SupplierActions actions, SupplierReassessments reassessments)
{
    public async Task<SupplierOverviewData> ForSiteAsync(int siteId, CancellationToken cancellationToken = default)
    {
        var questionnaires = await db.Questionnaires().AsNoTracking().Include(q => q.Items)
            .Where(q => q.SiteId == siteId).ToListAsync(cancellationToken);
        var latest = questionnaires.GroupBy(q => q.SuppliedItemId).Select(g => g.MaxBy(q => q.Round)!);
        var coverage = ReviewCoverage.BySiteCategoryAndPhase(latest.Select(StoredReview.Of));

        var all = await reassessments.ForSiteAsync(siteId, null, cancellationToken);
        var due = all.Where(r => r.Status.IsDue).OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.Item.Id).ToList();

        var cases = await reassessments.OpenCasesAsync(siteId, cancellationToken);
        var atRisk = all.GroupBy(r => r.Item.SupplierId)
            .Select(g => new SupplierAtRisk(g.First().Item.Supplier!, [.. cases.Where(c => g.Any(r => r.Item.Assets.Contains(c.AssetId!))).OrderBy(c => c.Number)]))
            .Where(s => s.Cases.Count > 0)
            .OrderBy(s => s.Supplier.Name, StringComparer.Ordinal)
            .ToList();

        return new SupplierOverviewData(coverage, await actions.ListAsync(siteId, openOnly: true, cancellationToken), due, atRisk);
    }
}
