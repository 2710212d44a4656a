using FactoryCps.Cases;
using FactoryCps.Web.Cases;
using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Dashboard;

/// <summary>The dashboard's open cases: how many, and the overdue ones oldest deadline first.</summary>
internal sealed record OpenCaseFigures(int Open, IReadOnlyList<OodaCase> Overdue, DateTimeOffset? NextDeadline);

/// <summary>
/// Reads only the columns the dashboard shows of a site's open cases: loading whole cases (their owned match
/// and the long Orient/Decide/Act texts) for a count and a short list made every dashboard view dearer.
/// </summary>
internal sealed class OverdueCases(FcpsDbContext db)
{
    public async Task<OpenCaseFigures> ReadAsync(int siteId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Projected into the entity (not tracked) so that the case's own rule decides what is overdue.
        var open = await db.OodaCases.AsNoTracking()
            .Where(c => c.SiteId == siteId && c.Phase != CasePhases.Closed)
            .Select(c => new OodaCase
            {
                Number = c.Number,
                Stage = c.Stage,
                Phase = c.Phase,
                Title = c.Title,
                Severity = c.Severity,
                OpenedBy = c.OpenedBy,
                DueAt = c.DueAt,
                ClosedAt = c.ClosedAt,
            })
            .ToListAsync(cancellationToken);
        var overdue = open.Where(c => c.IsOverdue(now)).OrderBy(c => c.DueAt).ThenBy(c => c.Number).ToList();
        var next = open.Where(c => !c.IsOverdue(now) && c.ClosedAt is null).Select(c => (DateTimeOffset?)c.DueAt).Min();
        return new OpenCaseFigures(open.Count, overdue, next);
    }
}
