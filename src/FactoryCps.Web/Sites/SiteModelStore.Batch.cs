using System.Text.Json.Nodes;
using FactoryCps.Diagnostics;
using FactoryCps.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Sites;

/// <summary>One object to save in a batch: its new body and the version it was read at (null to create it).</summary>
internal sealed record ObjectChange(JsonObject Body, int? ExpectedVersion);

/// <summary>
/// The outcome of a batch: saved (all of it), or nothing saved, with the changes refused because someone else
/// saved their object since it was read (by index) and the errors that belong to each change (by index); errors of
/// the changes only together, none of them alone, are in <see cref="Together"/>.
/// </summary>
internal sealed record BatchSaveResult(bool Succeeded, IReadOnlySet<int> Stale, IReadOnlyDictionary<int, IReadOnlyList<Diagnostic>> Errors, IReadOnlyList<Diagnostic> Together);

/// <summary>Several objects of one section saved together: all or none, each with its own version.</summary>
internal sealed partial class SiteModelStore
{
    /// <summary>
    /// Saves the changes in one transaction, or none of them: refused when any object changed since it was read
    /// (each object keeps its own version, as <see cref="SaveObjectAsync"/> does) or when the model with the
    /// changes is not valid. Each change is audited as its own entry.
    /// </summary>
    public async Task<BatchSaveResult> SaveObjectsAsync(SiteEntity site, string section, IReadOnlyList<ObjectChange> changes, Actor actor, CancellationToken cancellationToken = default)
    {
        if (section is SiteSection or BcpSection)
        {
            throw new ArgumentException("The site and BCP are single objects.", nameof(section));
        }

        var objects = await StoredRowsAsync(site, cancellationToken);
        var stale = Stale(objects, section, changes);
        if (stale.Count > 0)
        {
            return new BatchSaveResult(false, stale, new Dictionary<int, IReadOnlyList<Diagnostic>>(), []);
        }

        var position = objects.Where(o => o.Section == section).Select(o => o.Position).DefaultIfEmpty(Offset(section)).Max();
        var targets = new List<(ModelObjectEntity Target, string? Before)>();
        foreach (var change in changes)
        {
            var key = StorageKey(section, change.Body);
            var existing = objects.SingleOrDefault(o => o.Section == section && o.Key == key);
            var target = existing ?? new ModelObjectEntity { SiteId = site.Id, Section = section, Key = key, Body = "", Position = ++position };
            targets.Add((target, existing?.Body));
            target.Body = change.Body.ToJsonString(StoredJson);
        }

        var check = Check([.. objects.Where(o => !targets.Any(t => t.Target == o)), .. targets.Select(t => t.Target)], site.Key);
        if (!check.Succeeded)
        {
            return Refused(objects, targets, check.Diagnostics, site.Key);
        }

        var now = time.GetUtcNow();
        foreach (var (target, before) in targets)
        {
            if (before is null)
            {
                db.ModelObjects.Add(target);
            }
            else
            {
                // Tracked with the version it was read at: the update is refused if that changed meanwhile.
                db.ModelObjects.Attach(target);
                db.Entry(target).Property(o => o.Body).IsModified = true;
            }

            target.Version++;
            target.UpdatedAt = now;
            target.UpdatedBy = actor.UserName;
            db.AuditEntries.Add(new AuditEntry
            {
                SiteId = site.Id,
                At = now,
                UserId = actor.UserId,
                UserName = actor.UserName,
                Action = before is null ? "create" : "update",
                Section = section,
                Key = target.Key,
                Before = before,
                After = target.Body,
            });
        }

        try
        {
            Remember(site, await SaveWithRevisionAsync(site, now, cancellationToken), check.Loaded);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: say whose objects moved, keep all of ours unsaved.
            db.ChangeTracker.Clear();
            var current = await StoredRowsAsync(site, cancellationToken);
            return new BatchSaveResult(false, Stale(current, section, changes), new Dictionary<int, IReadOnlyList<Diagnostic>>(), []);
        }

        return new BatchSaveResult(true, new HashSet<int>(), new Dictionary<int, IReadOnlyList<Diagnostic>>(), []);
    }

    private static HashSet<int> Stale(List<ModelObjectEntity> objects, string section, IReadOnlyList<ObjectChange> changes)
    {
        var stale = new HashSet<int>();
        for (var i = 0; i < changes.Count; i++)
        {
            var key = StorageKey(section, changes[i].Body);
            var existing = objects.SingleOrDefault(o => o.Section == section && o.Key == key);
            if (existing?.Version != changes[i].ExpectedVersion)
            {
                stale.Add(i);
            }
        }

        return stale;
    }

    /// <summary>
    /// The errors of a refused batch, given to the change they belong to: each change is checked again alone (only
    /// on this refused path, so a valid batch costs one check); what no change causes alone is reported as together.
    /// </summary>
    private BatchSaveResult Refused(List<ModelObjectEntity> objects, List<(ModelObjectEntity Target, string? Before)> targets, IReadOnlyList<Diagnostic> diagnostics, string siteKey)
    {
        var errors = new Dictionary<int, IReadOnlyList<Diagnostic>>();
        for (var i = 0; i < targets.Count; i++)
        {
            var alone = targets[i].Target;
            var rows = objects.Select(o => targets.Any(t => t.Target == o) && o != alone ? Restored(o, targets) : o).ToList();
            if (!objects.Contains(alone))
            {
                rows.Add(alone);
            }

            var check = Check(rows, siteKey);
            if (!check.Succeeded)
            {
                errors[i] = [.. check.Diagnostics.Where(d => d.Severity == Severity.Error)];
            }
        }

        db.ChangeTracker.Clear();
        return new BatchSaveResult(false, new HashSet<int>(), errors, errors.Count == 0 ? [.. diagnostics.Where(d => d.Severity == Severity.Error)] : []);
    }

    /// <summary>A changed row as it was stored, for checking another change without it.</summary>
    private static ModelObjectEntity Restored(ModelObjectEntity row, List<(ModelObjectEntity Target, string? Before)> targets) =>
        new() { SiteId = row.SiteId, Section = row.Section, Key = row.Key, Position = row.Position, Version = row.Version, Body = targets.First(t => t.Target == row).Before! };
}
