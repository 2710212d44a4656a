using FactoryCps.Localization;
using FactoryCps.Reviews;
using FactoryCps.Web.Advisories;
using FactoryCps.Web.Cases;
using FactoryCps.Web.Checklists;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers;
using FactoryCps.Web.Suppliers.Actions;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Reviews;

/// <summary>
/// The lifecycle's facts a review reads (<see cref="ReviewHistory"/>), from the store as it is now; the core picks
/// each period's part by the facts' times. A match's time is its advisory's first import: the store keeps no time for
/// an asset added to the model, so an old advisory matching a new asset counts from the advisory's arrival (docs/reviews.md).
/// </summary>
internal sealed class ReviewHistoryReader(FcpsDbContext db, SiteMatches matches, RoundDesk rounds)
{
    /// <summary>
    /// The history; with <paramref name="forCalls"/> only what the calls for a review read (cases and supplier
    /// actions), without the site's advisory matching and the rounds' scores, the costly part, which only a review's
    /// inputs need: the calls are asked on every reviews page and, for every site, on every reminder tick.
    /// </summary>
    public async Task<ReviewHistory> ReadAsync(SiteEntity site, bool forCalls = false, CancellationToken cancellationToken = default)
    {
        var cases = await db.OodaCases.AsNoTracking().Where(c => c.SiteId == site.Id)
            .Select(c => new CaseFact(c.Number, c.Title, c.Stage, c.Severity, c.OpenedAt, c.DueAt, c.ClosedAt))
            .ToListAsync(cancellationToken);

        var suppliers = await db.Suppliers().AsNoTracking().Where(s => s.SiteId == site.Id).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var items = await db.SuppliedItems().AsNoTracking().Where(i => i.SiteId == site.Id).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var judged = await db.Set<Questionnaire>().AsNoTracking()
            .Where(q => q.SiteId == site.Id && q.JudgedAt != null)
            .Select(q => new { q.Number, q.SupplierId, q.SuppliedItemId, q.JudgedAt })
            .ToListAsync(cancellationToken);
        var actions = await db.SupplierActions().AsNoTracking().Where(a => a.SiteId == site.Id)
            .Select(a => new { a.Id, a.SupplierId, a.TitleJa, a.TitleEn, a.Blocking, a.CreatedAt, a.DueDate, a.DoneAt })
            .ToListAsync(cancellationToken);

        return new ReviewHistory(
            cases,
            forCalls ? [] : await MatchesAsync(site, cancellationToken),
            [.. judged.Select(q => new SupplierReviewFact(q.Number, suppliers.GetValueOrDefault(q.SupplierId, ""), items.GetValueOrDefault(q.SuppliedItemId, ""), q.JudgedAt!.Value))],
            [.. actions.Select(a => new SupplierActionFact(a.Id, suppliers.GetValueOrDefault(a.SupplierId, ""), new LocalizedText(a.TitleJa, a.TitleEn), a.Blocking, a.CreatedAt, a.DueDate, a.DoneAt))],
            forCalls ? [] : await RoundsAsync(site, cancellationToken));
    }

    /// <summary>Every closed self-assessment round with its score, oldest first: the report's trend needs only these.</summary>
    public async Task<IReadOnlyList<RoundFact>> RoundsAsync(SiteEntity site, CancellationToken cancellationToken = default) =>
        [.. (await rounds.TrendAsync(site, cancellationToken)).Select(r => new RoundFact(r.Round.Number, r.Round.Title, r.Round.ClosedAt!.Value, r.Score))];

    private async Task<List<AdvisoryMatchFact>> MatchesAsync(SiteEntity site, CancellationToken cancellationToken)
    {
        if (await matches.MatchAsync(site, cancellationToken) is not { } result || result.Matches.Count == 0)
        {
            return [];
        }

        var ids = result.Matches.Select(m => m.Advisory.TrackingId).Distinct(StringComparer.Ordinal).ToList();
        // The earliest import of each is taken here, not in SQL: SQLite cannot take the minimum of a DateTimeOffset.
        var imports = await db.Set<AdvisoryRevisionEntity>().AsNoTracking()
            .Where(r => ids.Contains(r.Advisory!.TrackingId))
            .Select(r => new { r.Advisory!.TrackingId, r.ImportedAt })
            .ToListAsync(cancellationToken);
        var firstImport = imports.GroupBy(r => r.TrackingId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(r => r.ImportedAt), StringComparer.Ordinal);
        return
        [
            .. result.Matches
                .Where(m => firstImport.ContainsKey(m.Advisory.TrackingId))
                .GroupBy(m => (m.Advisory.TrackingId, m.Asset.Id))
                .Select(g => g.First())
                .Select(m => new AdvisoryMatchFact(m.Advisory.TrackingId, m.Advisory.Title, m.Asset.Id, firstImport[m.Advisory.TrackingId], m.Cvss?.BaseScore)),
        ];
    }
}
