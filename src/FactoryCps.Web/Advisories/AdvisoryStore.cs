using FactoryCps.Advisories.Import;
using FactoryCps.Diagnostics;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Advisories;

/// <summary>
/// Stores imported advisories, one transaction per document so that nothing is ever half-imported. An advisory
/// is identified by publisher namespace and tracking id; each version is stored once and its content never
/// changes (a different document under the same version is a conflict, refused).
/// </summary>
internal sealed class AdvisoryStore(FcpsDbContext db, TimeProvider time)
{
    /// <summary>Every stored version by the SHA-256 of its content: a file with one of these is unchanged.</summary>
    public async Task<IReadOnlyDictionary<string, StoredVersion>> StoredVersionsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<AdvisoryRevisionEntity>().AsNoTracking()
            .Select(r => new { r.ContentSha256, r.AdvisoryId, r.Advisory!.PublisherNamespace, r.Advisory.TrackingId, r.Version, Current = r.Advisory.Version })
            .ToListAsync(cancellationToken);
        var versions = new Dictionary<string, StoredVersion>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            versions.TryAdd(row.ContentSha256, new StoredVersion(row.AdvisoryId, row.PublisherNamespace, row.TrackingId, row.Version, row.Current));
        }

        return versions;
    }

    public async Task<AdvisoryImportResult> ImportAsync(ImportableAdvisory advisory, string importedBy, CancellationToken cancellationToken = default)
    {
        try
        {
            return await ImportOnceAsync(advisory, importedBy, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A unique index refused the row: another import wrote this advisory or version in the meantime.
            return new AdvisoryImportResult(AdvisoryImportOutcome.Rejected, null, null, null, new Message("AdvisoryConcurrentImport", advisory.TrackingId, advisory.Version));
        }
        finally
        {
            // Bulk imports run through thousands of documents: nothing should stay tracked between them.
            db.ChangeTracker.Clear();
        }
    }

    private async Task<AdvisoryImportResult> ImportOnceAsync(ImportableAdvisory advisory, string importedBy, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await db.Set<AdvisoryEntity>()
            .SingleOrDefaultAsync(a => a.PublisherNamespace == advisory.PublisherNamespace && a.TrackingId == advisory.TrackingId, cancellationToken);
        var now = time.GetUtcNow();
        if (current is null)
        {
            var document = AdvisoryDocuments.Compress(advisory.Content);
            current = NewAdvisory(advisory);
            Apply(current, advisory, document, now, importedBy);
            current.Revisions.Add(Revision(advisory, document, now, importedBy));
            db.Add(current);
            await SaveAsync(advisory, importedBy, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new AdvisoryImportResult(AdvisoryImportOutcome.Imported, current.Id, null, advisory.Version);
        }

        var sameVersion = await db.Set<AdvisoryRevisionEntity>().AsNoTracking()
            .Where(r => r.AdvisoryId == current.Id && r.Version == advisory.Version)
            .Select(r => r.ContentSha256)
            .SingleOrDefaultAsync(cancellationToken);
        if (sameVersion is not null)
        {
            return sameVersion == advisory.ContentSha256
                ? new AdvisoryImportResult(AdvisoryImportOutcome.Unchanged, current.Id, current.Version, current.Version)
                : new AdvisoryImportResult(AdvisoryImportOutcome.Rejected, current.Id, current.Version, current.Version, new Message("AdvisoryConflict", advisory.TrackingId, advisory.Version, sameVersion, advisory.ContentSha256));
        }

        var previous = current.Version;
        var compressed = AdvisoryDocuments.Compress(advisory.Content);
        var newer = AdvisoryVersions.Compare(advisory.Version, previous) > 0;
        if (newer)
        {
            Apply(current, advisory, compressed, now, importedBy);
        }

        var revision = Revision(advisory, compressed, now, importedBy);
        revision.AdvisoryId = current.Id;
        db.Add(revision);
        await SaveAsync(advisory, importedBy, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AdvisoryImportResult(newer ? AdvisoryImportOutcome.Updated : AdvisoryImportOutcome.OlderKept, current.Id, previous, current.Version);
    }

    /// <summary>Saves the advisory rows with their audit entry (installation-wide, so without a site).</summary>
    private async Task SaveAsync(ImportableAdvisory advisory, string importedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.Add(new AuditEntry { At = now, UserName = importedBy, Action = "import", Section = "advisories", Key = $"{advisory.TrackingId}@{advisory.Version}" });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static AdvisoryEntity NewAdvisory(ImportableAdvisory advisory) => new()
    {
        PublisherNamespace = advisory.PublisherNamespace,
        TrackingId = advisory.TrackingId,
        Version = advisory.Version,
        Title = advisory.Title,
        PublisherName = advisory.PublisherName,
        PublisherCategory = advisory.PublisherCategory,
        Status = advisory.Status,
        Cves = "",
        FailedTests = "",
        Document = [],
        ContentSha256 = advisory.ContentSha256,
        ImportedBy = "",
    };

    private static void Apply(AdvisoryEntity entity, ImportableAdvisory advisory, byte[] document, DateTimeOffset now, string importedBy)
    {
        entity.Version = advisory.Version;
        entity.Title = advisory.Title;
        entity.PublisherName = advisory.PublisherName;
        entity.PublisherCategory = advisory.PublisherCategory;
        entity.Status = advisory.Status;
        entity.InitialReleaseDate = advisory.InitialReleaseDate;
        entity.CurrentReleaseDate = advisory.CurrentReleaseDate;
        entity.MaxCvss = advisory.MaxCvss;
        entity.Severity = advisory.Severity;
        entity.Cves = string.Join(' ', advisory.Cves);
        entity.IsValid = advisory.IsValid;
        entity.ErrorCount = advisory.ErrorCount;
        entity.WarningCount = advisory.WarningCount;
        entity.FailedTests = string.Join(' ', advisory.FailedTests);
        entity.Document = document;
        entity.ContentSha256 = advisory.ContentSha256;
        entity.ImportedAt = now;
        entity.ImportedBy = importedBy;
    }

    private static AdvisoryRevisionEntity Revision(ImportableAdvisory advisory, byte[] document, DateTimeOffset now, string importedBy) => new()
    {
        Version = advisory.Version,
        Title = advisory.Title,
        CurrentReleaseDate = advisory.CurrentReleaseDate,
        IsValid = advisory.IsValid,
        ErrorCount = advisory.ErrorCount,
        Document = document,
        ContentSha256 = advisory.ContentSha256,
        SourceName = Path.GetFileName(advisory.SourceFile),
        ImportedAt = now,
        ImportedBy = importedBy,
    };
}
