using System.Text.Json;
using FactoryCps.Cases;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FactoryCps.Web.Cases;

/// <summary>
/// Opens, lists and changes a site's OODA cases. The case decides whether a change is allowed; this service
/// supplies what it needs to decide (who moves the phase, the asset's importance, the time) and writes the
/// change, its history and the audit entry in one transaction.
/// </summary>
internal sealed class CaseHandling(FcpsDbContext db, CaseMovers movers, SiteAnalysis analysis, IOptions<CaseDeadlines> deadlines, TimeProvider time)
{
    /// <summary>Open cases first, by deadline. Sorted here: SQLite cannot order by a DateTimeOffset.</summary>
    public async Task<List<OodaCase>> ListAsync(int siteId, bool includeClosed, CancellationToken cancellationToken = default)
    {
        var found = await db.OodaCases.AsNoTracking()
            .Where(c => c.SiteId == siteId && (includeClosed || c.Phase != CasePhases.Closed))
            .ToListAsync(cancellationToken);
        return [.. found.OrderBy(c => c.Phase == CasePhases.Closed).ThenBy(c => c.DueAt).ThenBy(c => c.Number)];
    }

    public Task<OodaCase?> FindAsync(int siteId, int number, CancellationToken cancellationToken = default) =>
        db.OodaCases.AsNoTracking().Include(c => c.Events.OrderBy(e => e.Id))
            .SingleOrDefaultAsync(c => c.SiteId == siteId && c.Number == number, cancellationToken);

    public Task<OodaCase> ReportIncidentAsync(SiteEntity site, IncidentReport report, CaseActor actor, CancellationToken cancellationToken = default) =>
        WithNumbersAsync(async () =>
        {
            var opened = New(site.Id, "damage", report.Title, report.Severity, null, actor.UserName);
            opened.Description = report.Description;
            opened.AssetId = report.AssetId;
            opened.Number = await NextNumberAsync(site.Id, cancellationToken);
            Open(opened, actor);
            await db.SaveChangesAsync(cancellationToken);
            return opened;
        });

    /// <summary>Opens a preventive case for each match the site has no case for yet; returns the new cases.</summary>
    public Task<List<OodaCase>> OpenFromMatchesAsync(SiteEntity site, IEnumerable<MatchCandidate> candidates, CaseActor actor, CancellationToken cancellationToken = default) =>
        WithNumbersAsync(async () =>
        {
            var known = (await db.OodaCases.Where(c => c.SiteId == site.Id && c.MatchKey != null).Select(c => c.MatchKey!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var number = await NextNumberAsync(site.Id, cancellationToken);
            var opened = new List<OodaCase>();
            foreach (var candidate in candidates.Where(c => known.Add(c.Key)))
            {
                var c = New(site.Id, "preventive", candidate.Title, CaseDeadlines.SeverityOf(candidate.Cvss), candidate.Cvss, actor.UserName);
                c.AssetId = candidate.AssetId;
                c.Match = candidate.Match;
                c.MatchKey = candidate.Key;
                c.Number = number++;
                Open(c, actor);
                opened.Add(c);
            }

            await db.SaveChangesAsync(cancellationToken);
            return opened;
        });

    /// <summary>Applies a change the case itself judges, if the caller saw the current version.</summary>
    public async Task<CaseOutcome> ChangeAsync(
        SiteEntity site, int number, int expectedVersion, CaseActor actor,
        Func<OodaCase, IReadOnlyCollection<string>, int?, DateTimeOffset, CaseRefusal?> change,
        CancellationToken cancellationToken = default)
    {
        var target = await db.OodaCases.SingleOrDefaultAsync(c => c.SiteId == site.Id && c.Number == number, cancellationToken);
        if (target is null)
        {
            return new(CaseOutcomeKind.NotFound);
        }

        if (target.Version != expectedVersion)
        {
            return new(CaseOutcomeKind.Stale, target);
        }

        var before = Snapshot(target);
        var allowed = await movers.ForAsync(site.Id, target.Stage, target.Phase, cancellationToken);
        var importance = await AssetImportanceAsync(site, target.AssetId, cancellationToken);
        var now = time.GetUtcNow();
        if (change(target, allowed, importance, now) is { } refusal)
        {
            db.ChangeTracker.Clear();
            return new(CaseOutcomeKind.Refused, target, refusal);
        }

        if (target.Events.Count == 0)
        {
            return new(CaseOutcomeKind.Done, target); // nothing changed
        }

        Audit(target, actor, target.Events[^1].Kind, before, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(CaseOutcomeKind.Done, target);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(CaseOutcomeKind.Stale, target);
        }
    }

    /// <summary>The asset's importance (1..3) from the site's current analysis; null when it has none or no asset.</summary>
    public async Task<int?> AssetImportanceAsync(SiteEntity site, string? assetId, CancellationToken cancellationToken = default)
    {
        if (assetId is null || await analysis.AnalyzeAsync(site, cancellationToken) is not { } result)
        {
            return null;
        }

        return result.Assets.FirstOrDefault(a => a.Id == assetId)?.Importance.Value;
    }

    private OodaCase New(int siteId, string stage, string title, string severity, double? cvss, string openedBy)
    {
        var now = time.GetUtcNow();
        return new OodaCase
        {
            SiteId = siteId,
            Stage = stage,
            Phase = CasePhases.Observe,
            Title = title,
            Severity = severity,
            Cvss = cvss,
            OpenedAt = now,
            OpenedBy = openedBy,
            DueAt = now + deadlines.Value.For(severity),
        };
    }

    private void Open(OodaCase opened, CaseActor actor)
    {
        opened.Version = 1;
        opened.Events.Add(new OodaCaseEvent { At = opened.OpenedAt, UserName = actor.UserName, Kind = "open", ToPhase = opened.Phase });
        db.OodaCases.Add(opened);
        Audit(opened, actor, "open", null, opened.OpenedAt);
    }

    /// <summary>
    /// Case numbers and match keys are unique per site (indexes). When another request took the same number or
    /// opened the same match at the same moment, the insert fails as a whole; read again and retry.
    /// </summary>
    private async Task<T> WithNumbersAsync<T>(Func<Task<T>> open)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await open();
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<int> NextNumberAsync(int siteId, CancellationToken cancellationToken) =>
        (await db.OodaCases.Where(c => c.SiteId == siteId).MaxAsync(c => (int?)c.Number, cancellationToken) ?? 0) + 1;

    private void Audit(OodaCase c, CaseActor actor, string action, string? before, DateTimeOffset at) =>
        db.AuditEntries.Add(new AuditEntry
        {
            SiteId = c.SiteId,
            At = at,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            Section = "cases",
            Key = c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Before = before,
            After = Snapshot(c),
        });

    private static string Snapshot(OodaCase c) => JsonSerializer.Serialize(new
    {
        c.Stage,
        c.Phase,
        c.Title,
        c.AssetId,
        c.Severity,
        c.Assessment,
        c.Decision,
        c.DecisionMakers,
        c.OperationImpact,
        c.ApprovedBy,
        c.WorkDone,
        c.Evidence,
        c.Resolution,
    });
}
