using System.Text.Json;
using FactoryCps.Advisories;
using FactoryCps.Localization;
using FactoryCps.Matching;
using FactoryCps.Sboms;
using FactoryCps.Web.Cases;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sboms;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FactoryCps.Web.Advisories;

/// <summary>The stored advisories, indexed for matching, and their documents (for fixes and mitigations).</summary>
internal sealed record StoredAdvisories(AdvisoryIndex Index, IReadOnlyDictionary<string, CsafDocument> Documents);

/// <summary>
/// Which stored advisories apply to a site: the site's model assets and their stored SBOMs against the
/// installation's advisories. The index is built once per change of the advisories (an import adds revisions)
/// and shared by all sites; each match becomes a case candidate for Step 3.
/// </summary>
internal sealed class SiteMatches(FcpsDbContext db, SiteModelStore store, SbomStore sboms, IMemoryCache cache)
{
    private static readonly SemaphoreSlim Building = new(1, 1);

    public async Task<MatchResult?> MatchAsync(SiteEntity site, CancellationToken cancellationToken = default)
    {
        if (await store.ModelAsync(site, cancellationToken) is not { } model)
        {
            return null;
        }

        var advisories = await AdvisoriesAsync(cancellationToken);
        var stored = (await sboms.CurrentAsync(site.Id, cancellationToken)).ToDictionary(s => s.AssetId, StringComparer.Ordinal);
        var parsed = new Dictionary<string, Sbom?>(StringComparer.Ordinal);
        foreach (var (assetId, summary) in stored)
        {
            parsed[assetId] = await sboms.ParsedAsync(site.Id, summary.Id, cancellationToken);
        }

        var assets = MatchAssets.FromModel(model, asset => parsed.GetValueOrDefault(asset.Id));
        return AdvisoryMatcher.Match(advisories.Index, assets);
    }

    /// <summary>Each match as a case candidate: one per asset, component, advisory and product.</summary>
    public async Task<List<MatchCandidate>> CandidatesAsync(SiteEntity site, CancellationToken cancellationToken = default)
    {
        if (await MatchAsync(site, cancellationToken) is not { } result)
        {
            return [];
        }

        var documents = (await AdvisoriesAsync(cancellationToken)).Documents;
        return [.. result.Matches.Select(m => Candidate(m, documents.GetValueOrDefault(m.Advisory.TrackingId)))];
    }

    public static string KeyOf(AdvisoryMatch m) => $"{m.Asset.Id}|{m.Target.Component}|{m.Advisory.TrackingId}|{m.Product.ProductId}";

    public async Task<StoredAdvisories> AdvisoriesAsync(CancellationToken cancellationToken)
    {
        // Every import of a new version adds a revision row, so the newest revision id says whether the index is current.
        var stamp = await db.Set<AdvisoryRevisionEntity>().MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;
        var key = (nameof(StoredAdvisories), stamp);
        if (cache.TryGetValue(key, out StoredAdvisories? ready) && ready is not null)
        {
            return ready;
        }

        await Building.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(key, out ready) && ready is not null)
            {
                return ready;
            }

            var rows = await db.Set<AdvisoryEntity>().AsNoTracking().Select(a => a.Document).ToListAsync(cancellationToken);
            var documents = new List<(CsafDocument Document, string Source)>(rows.Count);
            foreach (var row in rows)
            {
                var (json, _) = CsafReader.Parse(AdvisoryDocuments.Decompress(row));
                using (json)
                {
                    if (json is not null)
                    {
                        var document = CsafModelReader.Read(json.RootElement);
                        documents.Add((document, document.Tracking.Id));
                    }
                }
            }

            ready = new StoredAdvisories(AdvisoryIndex.Build(documents), documents.GroupBy(d => d.Document.Tracking.Id).ToDictionary(g => g.Key, g => g.First().Document, StringComparer.Ordinal));
            cache.Set(key, ready, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
            return ready;
        }
        finally
        {
            Building.Release();
        }
    }

    private static MatchCandidate Candidate(AdvisoryMatch m, CsafDocument? document)
    {
        var groups = document?.ProductTree.ProductGroups.Where(g => g.ProductIds.Contains(m.Product.ProductId)).Select(g => g.GroupId).ToHashSet(StringComparer.Ordinal) ?? [];
        var remediations = document?.Vulnerabilities
            .Where(v => v.Cve is null || m.Cves.Contains(v.Cve))
            .SelectMany(v => v.Remediations)
            .Where(r => r.ProductIds.Contains(m.Product.ProductId) || r.GroupIds.Any(groups.Contains))
            .Select(r => new Remediation(r.Category, r.Details, null))
            .Distinct()
            .Take(20)
            .ToList() ?? [];
        var match = new CaseMatch
        {
            AdvisoryId = m.Advisory.TrackingId,
            AdvisoryVersion = m.Advisory.Version,
            Publisher = document?.Publisher.Name ?? "",
            ProductId = m.Product.ProductId,
            Component = m.Target.Component,
            Cves = string.Join(", ", m.Cves),
            Method = m.Method switch { MatchMethod.Cpe => "cpe", MatchMethod.Purl => "purl", _ => "name+version" },
            Confidence = m.Confidence.ToString().ToLowerInvariant(),
            Review = m.Review,
            Reason = Truncate(string.Join("; ", m.Reasons.Select(r => r.Text.Render(Language.En))), 2000),
            Remediations = remediations.Count == 0 ? null : Truncate(JsonSerializer.Serialize(remediations, JsonSerializerOptions.Web), 60_000),
        };
        var cves = m.Cves.Count == 0 ? m.Advisory.TrackingId : string.Join(", ", m.Cves.Take(3)) + (m.Cves.Count > 3 ? " …" : "");
        var title = Truncate($"{cves}: {m.Product.FullName} ({m.Advisory.TrackingId})", 500);
        return new MatchCandidate(Truncate(KeyOf(m), 1000), m.Asset.Id, title, m.Cvss?.BaseScore, match);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
