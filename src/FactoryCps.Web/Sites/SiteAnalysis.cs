using System.Reflection;
using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Localization;
using FactoryCps.Reports;
using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FactoryCps.Web.Sites;

/// <summary>
/// A site's analysis, computed from its stored model and kept until the model or the date changes: the
/// dashboard is read far more often than the model is edited.
/// </summary>
public sealed class SiteAnalysis(FcpsDbContext db, SiteModelStore store, GuidelineCatalog catalog, TimeProvider time, IMemoryCache cache)
{
    public static string Version { get; } =
        typeof(ModelAnalyzer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<AnalysisResult?> AnalyzeAsync(SiteEntity site, CancellationToken cancellationToken = default)
    {
        // Any create, update or delete changes the count, the sum of versions or the highest id.
        var stamp = await db.ModelObjects.AsNoTracking()
            .Where(o => o.SiteId == site.Id)
            .GroupBy(o => o.SiteId)
            .Select(g => new { Count = g.Count(), Versions = g.Sum(o => o.Version), Last = g.Max(o => o.Id) })
            .SingleOrDefaultAsync(cancellationToken);
        var key = (nameof(SiteAnalysis), site.Id, stamp?.Count, stamp?.Versions, stamp?.Last, Today);
        if (cache.TryGetValue(key, out AnalysisResult? cached))
        {
            return cached;
        }

        if (await store.ModelAsync(site.Key, cancellationToken) is not { } model)
        {
            return null;
        }

        var result = ModelAnalyzer.Analyze(model, catalog, Today);
        cache.Set(key, result, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10), Size = 1 });
        return result;
    }

    public async Task<ReportContext?> ReportAsync(SiteEntity site, Language language, CancellationToken cancellationToken = default) =>
        await AnalyzeAsync(site, cancellationToken) is { } analysis ? new ReportContext(catalog, analysis, language, Version) : null;
}
