using System.Reflection;
using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Guidance;
using FactoryCps.Localization;
using FactoryCps.Reports;
using Microsoft.Extensions.Caching.Memory;

namespace FactoryCps.Web.Sites;

/// <summary>
/// A site's analysis and report context, computed from its stored model and kept until the model (its
/// revision) or the date changes: the dashboard is read far more often than the model is edited.
/// </summary>
internal sealed class SiteAnalysis(SiteModelStore store, GuidelineCatalog catalog, TimeProvider time, IMemoryCache cache)
{
    public static string Version { get; } =
        typeof(ModelAnalyzer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>The analysis of the site as <paramref name="site"/> was read (its revision decides what is current).</summary>
    public async Task<AnalysisResult?> AnalyzeAsync(SiteEntity site, CancellationToken cancellationToken = default)
    {
        var key = (nameof(AnalysisResult), site.Id, site.ModelRevision, Today);
        if (cache.TryGetValue(key, out AnalysisResult? cached))
        {
            return cached;
        }

        if (await store.LoadedAsync(site, cancellationToken) is not { } loaded)
        {
            return null;
        }

        var result = ModelAnalyzer.Analyze(loaded, Today);
        cache.Set(key, result, Entry());
        return result;
    }

    /// <summary>The report context (analysis, plan, labels) in one language, cached like the analysis.</summary>
    public async Task<ReportContext?> ReportAsync(SiteEntity site, Language language, CancellationToken cancellationToken = default)
    {
        var key = (nameof(ReportContext), site.Id, site.ModelRevision, Today, language);
        if (cache.TryGetValue(key, out ReportContext? cached))
        {
            return cached;
        }

        if (await AnalyzeAsync(site, cancellationToken) is not { } analysis)
        {
            return null;
        }

        var report = new ReportContext(catalog, analysis, language, Version);
        cache.Set(key, report, Entry());
        return report;
    }

    /// <summary>
    /// The state of every step (what is filled, missing or inconsistent), derived once per analysis and language:
    /// every step page and the Step 1 overview show it.
    /// </summary>
    public async Task<IReadOnlyList<StepState>> StepStatesAsync(SiteEntity site, Language language, CancellationToken cancellationToken = default)
    {
        var key = (nameof(StepState), site.Id, site.ModelRevision, Today, language);
        if (cache.TryGetValue(key, out IReadOnlyList<StepState>? cached))
        {
            return cached!;
        }

        var loaded = await store.LoadedAsync(site, cancellationToken);
        var result = loaded is null ? null : await AnalyzeAsync(site, cancellationToken);
        var states = StepStates.Of(catalog, loaded, result, language);
        cache.Set(key, states, Entry());
        return states;
    }

    private static MemoryCacheEntryOptions Entry() => new() { SlidingExpiration = TimeSpan.FromMinutes(10), Size = 1 };
}
