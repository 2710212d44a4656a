using FactoryCps.Cases;
using FactoryCps.Suppliers;
using FactoryCps.Web.Cases;
using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FactoryCps.Web.Suppliers.Questionnaires;

/// <summary>A supplied item's re-assessment: the domain's status on the day asked, and the open advisory cases behind a NewAdvisory reason.</summary>
internal sealed record ItemReassessment(SuppliedItem Item, ReassessmentStatus Status, int DaysOverdue, IReadOnlyList<OodaCase> AdvisoryCases);

/// <summary>
/// When each supplied item's questionnaire is to be asked again (<see cref="ReassessmentSchedule"/>, policy from
/// Fcps:Suppliers). The facts come from the site's rows: the last judged questionnaire of the item, its contract and
/// support end, and the open preventive cases (opened by an advisory match) on an asset the item is or reaches.
/// </summary>
internal sealed class SupplierReassessments(FcpsDbContext db, IOptions<SupplierOptions> options, TimeProvider time)
{
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<List<ItemReassessment>> ForSiteAsync(int siteId, int? itemId = null, CancellationToken cancellationToken = default)
    {
        var items = await db.SuppliedItems().AsNoTracking().Include(i => i.Supplier)
            .Where(i => i.SiteId == siteId && (itemId == null || i.Id == itemId)).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var judged = await db.Questionnaires().AsNoTracking()
            .Where(q => q.SiteId == siteId && q.Status == Questionnaire.JudgedStatus)
            .Select(q => new { q.SuppliedItemId, q.JudgedAt }).ToListAsync(cancellationToken);
        var cases = await OpenCasesAsync(siteId, cancellationToken);
        var today = Today;
        return [.. items.Select(item =>
        {
            var last = judged.Where(q => q.SuppliedItemId == item.Id && q.JudgedAt is not null).Select(q => (DateOnly?)DateOnly.FromDateTime(q.JudgedAt!.Value.UtcDateTime)).Max();
            var advisories = cases.Where(c => c.Stage == "preventive" && c.AssetId is not null && item.Assets.Contains(c.AssetId)).ToList();
            var newest = advisories.Select(c => (DateOnly?)DateOnly.FromDateTime(c.OpenedAt.UtcDateTime)).Max();
            var status = ReassessmentSchedule.Evaluate(new ReassessmentFacts(last, item.ContractEnd, item.SupportEnd, newest), today, options.Value.Policy);
            return new ItemReassessment(item, status, status.IsDue ? status.DaysOverdue(today) : 0, advisories);
        })];
    }

    /// <summary>The site's open cases (both stages) that name an asset.</summary>
    public Task<List<OodaCase>> OpenCasesAsync(int siteId, CancellationToken cancellationToken = default) =>
        db.OodaCases.AsNoTracking().Where(c => c.SiteId == siteId && c.Phase != CasePhases.Closed && c.AssetId != null).ToListAsync(cancellationToken);
}
