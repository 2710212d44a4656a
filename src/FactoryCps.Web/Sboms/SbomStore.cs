using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using FactoryCps.Sboms;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FactoryCps.Web.Sboms;

/// <summary>An SBOM as lists show it: everything but the file itself.</summary>
internal sealed record SbomSummary(
    long Id,
    string AssetId,
    string FileName,
    string Format,
    string SpecVersion,
    string? Subject,
    string Sha256,
    long Size,
    int ComponentCount,
    DateTimeOffset UploadedAt,
    string UploadedBy);

/// <summary>
/// The SBOMs of a site's assets: upload (read with the same safe reader as the CLI; nothing is stored unless it
/// reads), the current SBOM and its predecessor per asset, removal, and the parsed SBOMs for the component, diff and
/// licence views. Every upload and removal is audited in the same transaction.
/// </summary>
internal sealed class SbomStore(FcpsDbContext db, TimeProvider time, IMemoryCache cache)
{
    /// <summary>
    /// The web limit, below the reader's 50 MB: the whole file is held in memory twice (upload and parse) per
    /// request, and real product SBOMs are a few MB at most.
    /// </summary>
    public const int MaxUploadBytes = 16 * 1024 * 1024;

    /// <summary>The largest real SBOM in the test data has 1,115 components; this leaves a hundredfold room.</summary>
    public const int MaxComponents = 100_000;

    /// <summary>Versions kept per asset, the current one included: enough to compare an upload with the one it replaced.</summary>
    public const int HistoryKept = 5;

    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web);

    /// <summary>The current SBOM of every asset of the site that has one.</summary>
    public Task<List<SbomSummary>> CurrentAsync(int siteId, CancellationToken cancellationToken = default)
    {
        var currentIds = db.Sboms().Where(s => s.SiteId == siteId).GroupBy(s => s.AssetId).Select(g => g.Max(s => s.Id));
        return Summaries(db.Sboms().Where(s => currentIds.Contains(s.Id)).OrderBy(s => s.AssetId)).ToListAsync(cancellationToken);
    }

    /// <summary>How many versions each asset of the site has stored (the current one included).</summary>
    public Task<Dictionary<string, int>> VersionCountsAsync(int siteId, CancellationToken cancellationToken = default) =>
        db.Sboms().Where(s => s.SiteId == siteId).GroupBy(s => s.AssetId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);

    /// <summary>The asset's SBOMs, newest (the current one) first.</summary>
    public Task<List<SbomSummary>> HistoryAsync(int siteId, string assetId, CancellationToken cancellationToken = default) =>
        Summaries(db.Sboms().Where(s => s.SiteId == siteId && s.AssetId == assetId).OrderByDescending(s => s.Id)).ToListAsync(cancellationToken);

    /// <summary>
    /// Reads and stores an SBOM as the asset's current one. Throws <see cref="SbomReadException"/> (or
    /// <see cref="SbomTooManyComponentsException"/>) with nothing stored when it cannot be used.
    /// </summary>
    public async Task<SbomSummary> UploadAsync(int siteId, string assetId, string fileName, byte[] content, Actor actor, CancellationToken cancellationToken = default)
    {
        var sbom = SbomReader.Parse(content, fileName);
        if (sbom.Components.Count > MaxComponents)
        {
            throw new SbomTooManyComponentsException(sbom.Components.Count, MaxComponents);
        }

        var previous = await HistoryAsync(siteId, assetId, cancellationToken);
        var row = new StoredSbom
        {
            SiteId = siteId,
            AssetId = assetId,
            FileName = fileName,
            Format = FormatName(sbom.Format),
            SpecVersion = sbom.SpecVersion,
            Subject = Truncate(sbom.Subject is { } subject ? Label(subject) : sbom.Name, 512),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Size = content.Length,
            ComponentCount = sbom.Components.Count,
            Content = Compress(content),
            UploadedAt = time.GetUtcNow(),
            UploadedById = actor.UserId,
            UploadedBy = actor.UserName,
        };
        db.Sboms().Add(row);
        db.AuditEntries.Add(new AuditEntry
        {
            SiteId = siteId,
            At = row.UploadedAt,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = "upload",
            Section = "sbom",
            Key = assetId,
            Before = previous.Count > 0 ? AuditRecord(previous[0]) : null,
            After = AuditRecord(Summary(row)),
        });

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // The oldest versions beyond what is kept go; the new row is the newest, so it always stays.
        var dropped = previous.Skip(HistoryKept - 1).Select(s => s.Id).ToList();
        if (dropped.Count > 0)
        {
            await db.Sboms().Where(s => dropped.Contains(s.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        cache.Set(CacheKey(row.Sha256), sbom, Entry());
        return Summary(row);
    }

    /// <summary>Removes the asset's SBOM and its history; false when it has none.</summary>
    public async Task<bool> DeleteAsync(int siteId, string assetId, Actor actor, CancellationToken cancellationToken = default)
    {
        var history = await HistoryAsync(siteId, assetId, cancellationToken);
        if (history.Count == 0)
        {
            return false;
        }

        db.AuditEntries.Add(new AuditEntry
        {
            SiteId = siteId,
            At = time.GetUtcNow(),
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = "delete",
            Section = "sbom",
            Key = assetId,
            Before = AuditRecord(history[0]),
        });
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.Sboms().Where(s => s.SiteId == siteId && s.AssetId == assetId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>One stored SBOM, parsed; null when the site has no such row.</summary>
    public async Task<Sbom?> ParsedAsync(int siteId, long id, CancellationToken cancellationToken = default)
    {
        var row = await db.Sboms().AsNoTracking()
            .Where(s => s.SiteId == siteId && s.Id == id)
            .Select(s => new { s.Sha256, s.FileName })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        if (cache.TryGetValue(CacheKey(row.Sha256), out Sbom? cached) && cached is not null)
        {
            return cached;
        }

        var content = await db.Sboms().Where(s => s.Id == id).Select(s => s.Content).SingleAsync(cancellationToken);
        // It was read once before it was stored; the same reader reads it the same way.
        var sbom = SbomReader.Parse(Decompress(content), row.FileName);
        cache.Set(CacheKey(row.Sha256), sbom, Entry());
        return sbom;
    }

    /// <summary>The file as it was uploaded.</summary>
    public async Task<(string FileName, byte[] Content)?> FileAsync(int siteId, long id, CancellationToken cancellationToken = default) =>
        await db.Sboms().AsNoTracking().Where(s => s.SiteId == siteId && s.Id == id).Select(s => new { s.FileName, s.Content }).SingleOrDefaultAsync(cancellationToken) is { } row
            ? (row.FileName, Decompress(row.Content))
            : null;

    /// <summary>The licence overview of the site: every asset's current SBOM together.</summary>
    public async Task<IReadOnlyList<SiteLicenseUsage>> LicensesAsync(int siteId, CancellationToken cancellationToken = default)
    {
        var sboms = new List<(string, Sbom)>();
        foreach (var current in await CurrentAsync(siteId, cancellationToken))
        {
            if (await ParsedAsync(siteId, current.Id, cancellationToken) is { } sbom)
            {
                sboms.Add((current.AssetId, sbom));
            }
        }

        return SiteLicenses.Build(sboms);
    }

    public static string FormatName(SbomFormat format) => format == SbomFormat.CycloneDx ? "CycloneDX" : "SPDX";

    /// <summary>Name and version, how a component is usually named in a list.</summary>
    public static string Label(SbomComponent component) =>
        component.Version is { Length: > 0 } version ? $"{component.FullName} {version}" : component.FullName;

    private static IQueryable<SbomSummary> Summaries(IQueryable<StoredSbom> rows) =>
        rows.AsNoTracking().Select(s => new SbomSummary(s.Id, s.AssetId, s.FileName, s.Format, s.SpecVersion, s.Subject, s.Sha256, s.Size, s.ComponentCount, s.UploadedAt, s.UploadedBy));

    private static SbomSummary Summary(StoredSbom s) =>
        new(s.Id, s.AssetId, s.FileName, s.Format, s.SpecVersion, s.Subject, s.Sha256, s.Size, s.ComponentCount, s.UploadedAt, s.UploadedBy);

    /// <summary>What the audit log keeps of an SBOM: enough to identify the file (its hash), not the file.</summary>
    private static string AuditRecord(SbomSummary s) => JsonSerializer.Serialize(
        new { s.FileName, s.Format, s.SpecVersion, s.Subject, s.Sha256, s.Size, Components = s.ComponentCount },
        AuditJson);

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];

    private static byte[] Compress(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }

    private static byte[] Decompress(byte[] stored)
    {
        using var input = new GZipStream(new MemoryStream(stored), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static string CacheKey(string sha256) => "sbom:" + sha256;

    private static MemoryCacheEntryOptions Entry() => new() { SlidingExpiration = TimeSpan.FromMinutes(10), Size = 1 };
}
