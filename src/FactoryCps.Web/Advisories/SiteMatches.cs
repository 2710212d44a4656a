using FactoryCps.Advisories;
using FactoryCps.Matching;
using FactoryCps.Sboms;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sboms;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FactoryCps.Web.Advisories;

/// <summary>
/// The stored advisories, indexed for matching, and their documents (for fixes and mitigations); <see cref="Stamp"/>
/// is the newest revision's id they were read at.
/// </summary>
internal sealed record StoredAdvisories(AdvisoryIndex Index, IReadOnlyDictionary<string, CsafDocument> Documents, long Stamp);

/// <summary>
/// Which stored advisories apply to a site: the site's model assets and their stored SBOMs against the
/// installation's advisories. The index is built once per change of the advisories (an import adds revisions)
/// and shared by all sites; each match becomes a case candidate for Step 3. A site's matches are kept while its model
/// revision, the advisories and its current SBOMs are what they were made from: the matches page, the API, the case
/// candidates and a PDCA review's inputs all ask for them, and on a site of 10,000 assets matching is the costly part.
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
        var current = await sboms.CurrentAsync(site.Id, cancellationToken);
        var key = (nameof(MatchResult), site.Id, site.ModelRevision, advisories.Stamp, string.Join(',', current.Select(s => s.Id)));
        if (cache.TryGetValue(key, out MatchResult? kept) && kept is not null)
        {
            return kept;
        }

        var stored = current.ToDictionary(s => s.AssetId, StringComparer.Ordinal);
        var parsed = new Dictionary<string, Sbom?>(StringComparer.Ordinal);
        foreach (var (assetId, summary) in stored)
        {
            parsed[assetId] = await sboms.ParsedAsync(site.Id, summary.Id, cancellationToken);
        }

        var assets = MatchAssets.FromModel(model, asset => parsed.GetValueOrDefault(asset.Id));
        var result = AdvisoryMatcher.Match(advisories.Index, assets);
        cache.Set(key, result, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return result;
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

            ready = new StoredAdvisories(AdvisoryIndex.Build(documents), documents.GroupBy(d => d.Document.Tracking.Id).ToDictionary(g => g.Key, g => g.First().Document, StringComparer.Ordinal), stamp);
            cache.Set(key, ready, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
            return ready;
        }
        finally
        {
            Building.Release();
        }
    }
}
