using System.Text.Json.Nodes;
using FactoryCps.Diagnostics;
using FactoryCps.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Sites;

/// <summary>
/// One object to save in a batch: its new body and the version it was read at (null to create it). With
/// <see cref="Replaces"/>, the stored object of that key is the one changed: it takes the body and the body's key (a
/// status whose scope narrows), or, without a body, it is deleted.
/// </summary>
internal sealed record ObjectChange(JsonObject? Body, int? ExpectedVersion)
{
    /// <summary>The key of the stored object this change replaces or deletes, when that is not the body's own key.</summary>
    public string? Replaces { get; init; }

    /// <summary>Deletes the object stored under <paramref name="key"/>, read at <paramref name="version"/>.</summary>
    public static ObjectChange Delete(string key, int version) => new(null, version) { Replaces = key };
}

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
    /// changes is not valid. A change creates, updates (under a new key too: <see cref="ObjectChange.Replaces"/>) or
    /// deletes an object; each is audited as its own entry. The save writes every tracked change of the context,
    /// so a caller's own rows (a closed round) are written in the same transaction, or not at all.
    /// </summary>
    public Task<BatchSaveResult> SaveObjectsAsync(SiteEntity site, string section, IReadOnlyList<ObjectChange> changes, Actor actor, CancellationToken cancellationToken = default) =>
        SaveObjectsAsync(site, section, changes, actor, errorsByChange: true, cancellationToken);

    /// <summary>
    /// As <see cref="SaveObjectsAsync(SiteEntity, string, IReadOnlyList{ObjectChange}, Actor, CancellationToken)"/>;
    /// without <paramref name="errorsByChange"/>, a refused batch's errors are the batch's own, all together.
    /// </summary>
    public async Task<BatchSaveResult> SaveObjectsAsync(SiteEntity site, string section, IReadOnlyList<ObjectChange> changes, Actor actor, bool errorsByChange, CancellationToken cancellationToken = default)
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
        var targets = new List<BatchTarget>();
        foreach (var change in changes)
        {
            var existing = objects.SingleOrDefault(o => o.Section == section && o.Key == StoredKey(section, change));
            var row = change.Body is null ? null : new ModelObjectEntity
            {
                Id = existing?.Id ?? 0,
                SiteId = site.Id,
                Section = section,
                Key = StorageKey(section, change.Body),
                Body = change.Body.ToJsonString(StoredJson),
                Position = existing?.Position ?? ++position,
                Version = existing?.Version ?? 0,
            };
            targets.Add(new BatchTarget(existing, row));
        }

        if (targets.Where(t => t.Stored is not null).GroupBy(t => t.Stored).Any(g => g.Count() > 1) || targets.Where(t => t.Row is not null).GroupBy(t => t.Row!.Key).Any(g => g.Count() > 1))
        {
            throw new ArgumentException("A batch changes each object once and gives each key to one object.", nameof(changes));
        }

        var check = Check(With(objects, targets), site.Key);
        if (!check.Succeeded)
        {
            return Refused(objects, targets, check.Diagnostics, site.Key, errorsByChange);
        }

        var now = time.GetUtcNow();
        foreach (var (stored, row) in targets)
        {
            if (row is null)
            {
                // Deleted with the version it was read at: refused if that changed meanwhile.
                db.ModelObjects.Attach(stored!);
                db.ModelObjects.Remove(stored!);
            }
            else if (stored is null)
            {
                db.ModelObjects.Add(row);
            }
            else
            {
                // Tracked with the version it was read at: the update is refused if that changed meanwhile.
                db.ModelObjects.Attach(row);
                db.Entry(row).Property(o => o.Body).IsModified = true;
                db.Entry(row).Property(o => o.Key).IsModified = row.Key != stored.Key;
            }

            if (row is not null)
            {
                row.Version++;
                row.UpdatedAt = now;
                row.UpdatedBy = actor.UserName;
            }

            db.AuditEntries.Add(new AuditEntry
            {
                SiteId = site.Id,
                At = now,
                UserId = actor.UserId,
                UserName = actor.UserName,
                Action = row is null ? "delete" : stored is null ? "create" : "update",
                Section = section,
                Key = row?.Key ?? stored!.Key,
                Before = stored?.Body,
                After = row?.Body,
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

    /// <summary>The stored object a change is made to (a batch's rows are read untracked, the changed ones are written as new instances), and the row it becomes (null: deleted).</summary>
    private sealed record BatchTarget(ModelObjectEntity? Stored, ModelObjectEntity? Row);

    /// <summary>The key of the stored object a change is made to.</summary>
    private static string StoredKey(string section, ObjectChange change) =>
        change.Replaces ?? StorageKey(section, change.Body ?? throw new ArgumentException("A change without a body names the object it deletes.", nameof(change)));

    /// <summary>The stored rows as <paramref name="targets"/> change them.</summary>
    private static List<ModelObjectEntity> With(List<ModelObjectEntity> objects, IEnumerable<BatchTarget> targets)
    {
        var list = targets.ToList();
        var changed = list.Where(t => t.Stored is not null).Select(t => t.Stored!).ToHashSet();
        return [.. objects.Where(o => !changed.Contains(o)), .. list.Where(t => t.Row is not null).Select(t => t.Row!)];
    }

    /// <summary>
    /// The changes made to an object that is not (or no longer) the one the caller read: its version differs, it is
    /// gone, or it was created meanwhile; or the key a change gives its object is taken by another object meanwhile.
    /// </summary>
    private static HashSet<int> Stale(List<ModelObjectEntity> objects, string section, IReadOnlyList<ObjectChange> changes)
    {
        var stale = new HashSet<int>();
        for (var i = 0; i < changes.Count; i++)
        {
            var existing = objects.SingleOrDefault(o => o.Section == section && o.Key == StoredKey(section, changes[i]));
            var key = changes[i].Body is { } body ? StorageKey(section, body) : null;
            var taken = key is not null && changes[i].Replaces is not null && key != changes[i].Replaces && objects.Any(o => o.Section == section && o.Key == key);
            if (existing?.Version != changes[i].ExpectedVersion || taken)
            {
                stale.Add(i);
            }
        }

        return stale;
    }

    /// <summary>
    /// The errors of a refused batch, given to the change they belong to: each change is checked again alone (only
    /// on this refused path, so a valid batch costs one check); what no change causes alone is reported as together.
    /// Without <paramref name="errorsByChange"/> (changes that make sense only together, such as a status split in
    /// two), the batch's own errors are all reported as together.
    /// </summary>
    private BatchSaveResult Refused(List<ModelObjectEntity> objects, List<BatchTarget> targets, IReadOnlyList<Diagnostic> diagnostics, string siteKey, bool errorsByChange)
    {
        var errors = new Dictionary<int, IReadOnlyList<Diagnostic>>();
        for (var i = 0; errorsByChange && i < targets.Count; i++)
        {
            var check = Check(With(objects, [targets[i]]), siteKey);
            if (!check.Succeeded)
            {
                errors[i] = [.. check.Diagnostics.Where(d => d.Severity == Severity.Error)];
            }
        }

        db.ChangeTracker.Clear();
        return new BatchSaveResult(false, new HashSet<int>(), errors, errors.Count == 0 ? [.. diagnostics.Where(d => d.Severity == Severity.Error)] : []);
    }
}
