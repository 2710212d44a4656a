using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Diagnostics;
using FactoryCps.Model;
using FactoryCps.Model.Writing;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Yaml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FactoryCps.Web.Sites;

/// <summary>Who makes a change, for the audit log.</summary>
internal sealed record Actor(string? UserId, string UserName);

internal sealed record ImportResult(string? SiteKey, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => SiteKey is not null;

    /// <summary>The id of the site that exists already, when the import was to create a new site.</summary>
    public string? ExistingSite { get; init; }

    /// <summary>The imported site's row as the import left it (its name, time and revision), for the answer to show.</summary>
    public SiteEntity? Site { get; init; }
}

/// <summary>The outcome of saving one object: saved with its new version, invalid, or refused for a newer version.</summary>
/// <summary>A stored model object.</summary>
internal sealed record StoredObject(string Key, JsonObject Body, int Version, DateTimeOffset UpdatedAt, string? UpdatedBy);

internal sealed record SaveResult(int? Version, IReadOnlyList<Diagnostic> Diagnostics, JsonObject? Current)
{
    public bool Succeeded => Version is not null;

    public bool Conflict => Current is not null;
}

/// <summary>
/// A site's model in the database: import (validated, all-or-nothing, in one transaction), export, and
/// changes to single objects with optimistic concurrency. Every change is validated by the same loader as the
/// CLI, so the database never holds a model that <c>fcps validate</c> would reject, and every change is audited.
/// </summary>
internal sealed partial class SiteModelStore(FcpsDbContext db, GuidelineCatalog catalog, TimeProvider time, IMemoryCache? cache = null)
{
    internal const string SiteSection = "site";
    internal const string BcpSection = "bcp";

    /// <summary>Readable in the database and the audit log: Japanese stays Japanese, markup characters are escaped.</summary>
    private static readonly JsonSerializerOptions StoredJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public Task<ImportResult> ImportAsync(string text, string fileName, Actor actor, CancellationToken cancellationToken = default) =>
        ImportAsync(text, fileName, actor, into: null, create: false, cancellationToken);

    /// <summary>
    /// Imports a model. With <paramref name="into"/> (the site the request's access check resolved) the model must
    /// be that site's (replacing one site's model never creates or overwrites another); with <paramref name="create"/>
    /// the site must not exist yet.
    /// </summary>
    /// <remarks>
    /// The site's row is read again inside the import's transaction, by the model's site id: it is the row the
    /// import writes (name, version, revision) or creates, not a second resolution of the request's site.
    /// </remarks>
    public async Task<ImportResult> ImportAsync(string text, string fileName, Actor actor, SiteEntity? into, bool create, CancellationToken cancellationToken = default)
    {
        var loaded = ModelLoader.LoadText(text, fileName, catalog);
        if (loaded.Model is not { } model)
        {
            return new ImportResult(null, loaded.Diagnostics);
        }

        if (into is not null && model.Site.Id != into.Key)
        {
            return new ImportResult(null, [.. loaded.Diagnostics, new Diagnostic(Severity.Error, model.Site.At("id"), "site.id", new Message("SiteIdFixed", into.Key))]);
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var site = await db.Sites.SingleOrDefaultAsync(s => s.Key == model.Site.Id, cancellationToken);
        if (site is not null && create)
        {
            return new ImportResult(null, loaded.Diagnostics) { ExistingSite = site.Key };
        }

        if (site is null)
        {
            site = new SiteEntity { Key = model.Site.Id, CreatedAt = now };
            db.Sites.Add(site);
        }
        else
        {
            await db.ModelObjects.Where(o => o.SiteId == site.Id).ExecuteDeleteAsync(cancellationToken);
        }

        site.Name = model.Site.Name;
        site.UpdatedAt = now;
        site.Version++;
        site.ModelRevision++;
        await db.SaveChangesAsync(cancellationToken);

        await ModelObjectRows.InsertAsync(db, Objects(model, site.Id, now, actor.UserName), cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            SiteId = site.Id,
            At = now,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = "import",
            After = ModelWriter.Write(model).ToJsonString(StoredJson),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportResult(site.Key, loaded.Diagnostics) { Site = site };
    }

    /// <summary>The site's model as the document the model format defines, or null when the site has no rows.</summary>
    public async Task<JsonObject?> DocumentAsync(SiteEntity site, CancellationToken cancellationToken = default)
    {
        var objects = await db.ModelObjects.AsNoTracking()
            .Where(o => o.SiteId == site.Id)
            .OrderBy(o => o.Position)
            .ToListAsync(cancellationToken);
        return objects.Count == 0 ? null : Document(objects);
    }

    /// <summary>
    /// The site's model as <paramref name="site"/> was read, validated and derived: built once per model revision and
    /// catalogue and shared by every page, API call and report until the revision changes (the application's cache;
    /// none in tools). The analysis builds on it without deriving again.
    /// </summary>
    public async Task<LoadedModel?> LoadedAsync(SiteEntity site, CancellationToken cancellationToken = default)
    {
        var key = ModelKey(site.Id, site.ModelRevision);
        if (cache is not null && cache.TryGetValue(key, out LoadedModel? cached))
        {
            return cached;
        }

        var loaded = await ReadModelAsync(db.ModelObjects.Where(o => o.SiteId == site.Id), site.Key, cancellationToken);
        cache?.Set(key, loaded, ModelEntry);
        return loaded;
    }

    /// <summary>The site's model as <paramref name="site"/> was read (the cached one of <see cref="LoadedAsync"/>).</summary>
    public async Task<FactoryModel?> ModelAsync(SiteEntity site, CancellationToken cancellationToken = default) =>
        (await LoadedAsync(site, cancellationToken))?.Model;

    /// <summary>The rows' JSON read straight into the model reader's tree, then the same checks as <c>fcps validate</c>; null without rows.</summary>
    private async Task<LoadedModel?> ReadModelAsync(IQueryable<ModelObjectEntity> objects, string siteKey, CancellationToken cancellationToken)
    {
        var rows = await objects.AsNoTracking().OrderBy(o => o.Position).Select(o => new { o.Section, o.Body }).ToListAsync(cancellationToken);
        return rows.Count == 0
            ? null
            : ModelLoader.Load(new YamlReadResult(StoredModelTree.Build(rows.Select(r => (r.Section, r.Body)), $"{siteKey}.json"), []), catalog).Loaded;
    }

    /// <summary>
    /// Saves one object of a section (creating it when <paramref name="expectedVersion"/> is null). Refused when
    /// someone else saved it since <paramref name="expectedVersion"/>: the result then carries their version.
    /// </summary>
    public async Task<SaveResult> SaveObjectAsync(SiteEntity site, string section, JsonObject body, int? expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        if (section == SiteSection && (string?)body["id"] != site.Key)
        {
            // The site id is the site's address; it changes only by importing a model under the new id.
            return new SaveResult(null, [new Diagnostic(Severity.Error, null, "site.id", new Message("SiteIdFixed", site.Key))], null);
        }

        var key = StorageKey(section, body);
        var objects = await StoredRowsAsync(site, cancellationToken);
        var existing = objects.SingleOrDefault(o => o.Section == section && o.Key == key);
        if (existing is not null && existing.Version != expectedVersion || existing is null && expectedVersion is not null)
        {
            return new SaveResult(null, [], existing is null ? new JsonObject() : (JsonObject)JsonNode.Parse(existing.Body)!);
        }

        var before = existing?.Body;
        var target = existing ?? new ModelObjectEntity
        {
            SiteId = site.Id,
            Section = section,
            Key = key,
            Body = "",
            Position = objects.Where(o => o.Section == section).Select(o => o.Position).DefaultIfEmpty(Offset(section)).Max() + 1,
        };
        if (existing is not null)
        {
            // Tracked from here on with the version it was read at: the update is refused if that changed meanwhile.
            db.ModelObjects.Attach(existing);
        }

        target.Body = body.ToJsonString(StoredJson);

        // The whole model must stay valid with the change: the same checks as fcps validate.
        var check = Check([.. objects.Where(o => o != existing), target], site.Key);
        if (!check.Succeeded)
        {
            db.ChangeTracker.Clear();
            return new SaveResult(null, check.Diagnostics, null);
        }

        var now = time.GetUtcNow();
        target.Version++;
        target.UpdatedAt = now;
        target.UpdatedBy = actor.UserName;
        if (existing is null)
        {
            db.ModelObjects.Add(target);
        }

        db.AuditEntries.Add(new AuditEntry
        {
            SiteId = site.Id,
            At = now,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = existing is null ? "create" : "update",
            Section = section,
            Key = key,
            Before = before,
            After = target.Body,
        });
        try
        {
            Remember(site, await SaveWithRevisionAsync(site, now, cancellationToken), check.Loaded);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: report theirs, keep ours unsaved.
            db.ChangeTracker.Clear();
            var current = await db.ModelObjects.AsNoTracking().SingleAsync(o => o.SiteId == site.Id && o.Section == section && o.Key == key, cancellationToken);
            return new SaveResult(null, [], (JsonObject)JsonNode.Parse(current.Body)!);
        }

        return new SaveResult(target.Version, check.Diagnostics, null);
    }

    /// <summary>
    /// Deletes one object when <paramref name="expectedVersion"/> is still current and the model stays valid
    /// without it (an asset still placed in a zone keeps the zone; the errors say which references remain).
    /// </summary>
    public async Task<SaveResult> DeleteObjectAsync(SiteEntity site, string section, string key, int expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        var objects = await StoredRowsAsync(site, cancellationToken);
        var existing = objects.SingleOrDefault(o => o.Section == section && o.Key == key);
        if (existing is null || section is SiteSection)
        {
            throw new KeyNotFoundException(key);
        }

        if (existing.Version != expectedVersion)
        {
            return new SaveResult(null, [], (JsonObject)JsonNode.Parse(existing.Body)!);
        }

        var check = Check([.. objects.Where(o => o != existing)], site.Key);
        if (!check.Succeeded)
        {
            db.ChangeTracker.Clear();
            return new SaveResult(null, check.Diagnostics, null);
        }

        db.ModelObjects.Attach(existing);
        db.ModelObjects.Remove(existing);
        var now = time.GetUtcNow();
        db.AuditEntries.Add(new AuditEntry
        {
            SiteId = site.Id,
            At = now,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = "delete",
            Section = section,
            Key = key,
            Before = existing.Body,
        });
        try
        {
            Remember(site, await SaveWithRevisionAsync(site, now, cancellationToken), check.Loaded);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.ModelObjects.AsNoTracking().SingleOrDefaultAsync(o => o.SiteId == site.Id && o.Section == section && o.Key == key, cancellationToken);
            return new SaveResult(null, [], current is null ? new JsonObject() : (JsonObject)JsonNode.Parse(current.Body)!);
        }

        return new SaveResult(0, check.Diagnostics, null);
    }

    /// <summary>
    /// The change and the site's model revision and time together: both or neither. The site's row is updated only
    /// while its version is still the one <paramref name="site"/> was read at, so that an import of the whole model
    /// since then refuses the change as a conflict, as a tracked site would.
    /// </summary>
    private async Task<long> SaveWithRevisionAsync(SiteEntity site, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var updated = await db.Sites.Where(s => s.Id == site.Id && s.Version == site.Version)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ModelRevision, x => x.ModelRevision + 1).SetProperty(x => x.UpdatedAt, now), cancellationToken);
        if (updated == 0)
        {
            throw new DbUpdateConcurrencyException($"The site {site.Key} changed since it was read.");
        }

        // Read inside the transaction, which holds the site's row since the update: the revision this change made.
        var revision = await db.Sites.Where(s => s.Id == site.Id).Select(s => s.ModelRevision).SingleAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return revision;
    }

    /// <summary>
    /// The whole model with a change, checked as <c>fcps validate</c> checks it: read from the rows' tree, which is
    /// how <see cref="ModelAsync(SiteEntity, CancellationToken)"/> reads the stored model, so a valid result is the
    /// very model of the next revision, with its warnings placed as that reading places them (row and column). A
    /// refused change is read again from the document's text, so that its errors say what they always said.
    /// </summary>
    private ModelLoadResult Check(List<ModelObjectEntity> objects, string siteKey)
    {
        objects.Sort((a, b) => a.Position.CompareTo(b.Position));
        var fromRows = ModelLoader.Load(new YamlReadResult(StoredModelTree.Build(objects.Select(o => (o.Section, o.Body)), $"{siteKey}.json"), []), catalog);
        return fromRows.Succeeded ? fromRows : ModelLoader.LoadText(DocumentText(objects), $"{siteKey}.json", catalog);
    }

    /// <summary>
    /// The model a change was checked with becomes the cached model of the revision it made, so the page after an
    /// edit reads no rows again; only when no other change came between the site's reading and this one's commit
    /// (the revision moved by one), since the check saw the rows of that reading alone.
    /// </summary>
    private void Remember(SiteEntity site, long revision, LoadedModel? model)
    {
        if (model is not null && revision == site.ModelRevision + 1)
        {
            cache?.Set(ModelKey(site.Id, revision), model, ModelEntry);
        }
    }

    private (string, int, long, GuidelineCatalog) ModelKey(int siteId, long revision) => (nameof(LoadedModel), siteId, revision, catalog);

    private static readonly MemoryCacheEntryOptions ModelEntry = new() { SlidingExpiration = TimeSpan.FromMinutes(10), Size = 1 };

    /// <summary>One stored object with its version, or null.</summary>
    public async Task<(JsonObject Body, int Version)?> ObjectAsync(SiteEntity site, string section, string key, CancellationToken cancellationToken = default)
    {
        var found = await db.ModelObjects.AsNoTracking()
            .SingleOrDefaultAsync(o => o.SiteId == site.Id && o.Section == section && o.Key == key, cancellationToken);
        return found is null ? null : ((JsonObject)JsonNode.Parse(found.Body)!, found.Version);
    }

    /// <summary>The objects of one section in model order, with their keys and versions.</summary>
    public async Task<List<StoredObject>> SectionAsync(SiteEntity site, string section, CancellationToken cancellationToken = default)
    {
        var found = await db.ModelObjects.AsNoTracking()
            .Where(o => o.SiteId == site.Id && o.Section == section)
            .OrderBy(o => o.Position)
            .Select(o => new { o.Key, o.Body, o.Version, o.UpdatedAt, o.UpdatedBy })
            .ToListAsync(cancellationToken);
        return [.. found.Select(o => new StoredObject(o.Key, (JsonObject)JsonNode.Parse(o.Body)!, o.Version, o.UpdatedAt, o.UpdatedBy))];
    }

    /// <summary>The key an object gets in its section (its id; id@zones for a zone-scoped countermeasure status).</summary>
    public static string KeyOf(string section, JsonObject body) => StorageKey(section, body);

    /// <summary>Whether a section name is one the model has.</summary>
    public static bool IsSection(string section) => section is SiteSection or BcpSection || ModelWriter.Sections.Contains(section);

    /// <summary>
    /// A site's stored objects, untracked: a change checks the whole model but writes one row, and tracking the
    /// 18,000 rows of a large site (entries, snapshots, change detection) cost more than the check's reading.
    /// A site has at least its <c>site</c> row; none means the site is gone, which its callers report as not found.
    /// </summary>
    private async Task<List<ModelObjectEntity>> StoredRowsAsync(SiteEntity site, CancellationToken cancellationToken)
    {
        var rows = await db.ModelObjects.AsNoTracking().Where(o => o.SiteId == site.Id).ToListAsync(cancellationToken);
        return rows.Count > 0 ? rows : throw new KeyNotFoundException(site.Key);
    }
}
