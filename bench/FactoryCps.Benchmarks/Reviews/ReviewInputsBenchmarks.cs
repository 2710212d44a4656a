using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FactoryCps.Web.Advisories;
using FactoryCps.Web.Data;
using FactoryCps.Web.Reviews;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Benchmarks.Reviews;

/// <summary>
/// Issue 18's target: a PDCA review's inputs for a year of history (<see cref="ReviewYear"/>) on the 10,000-asset
/// site gathered in ≤ 1 s, through the web's own reader on a SQLite file. <see cref="Cold"/>: every cache emptied
/// (as after a restart) except the site's analysis and the advisory index, which the dashboard derives once per
/// revision and import anyway. <see cref="AfterEdit"/>: the model edited just before (a new revision: what is kept
/// per revision is made again, what is kept per review is not). <see cref="Warm"/>: the review opened again.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class ReviewInputsBenchmarks
{
    /// <summary>
    /// The year is written once per process (it takes minutes) and shared by the three cases, which run one after the
    /// other in this process; its folder goes when the process ends.
    /// </summary>
    private static readonly Lazy<(StoreHost Host, string Site, int Review)> Year = new(() =>
    {
        // The CISA advisories of one year (2023, 380 files): a year's arrivals, and the products of the site's assets.
        var folder = SharedData.Folder("cisa-csaf-ics", "csaf_files", "OT", "white", "2023");
        var clock = new BenchClock(ReviewYear.Start);
        var host = new StoreHost(clock);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => host.Dispose();
        var (site, review) = ReviewYear.WriteAsync(host.Services, clock, folder).GetAwaiter().GetResult();
        Console.WriteLine($"// review year: {ReviewYear.Describe(host.Services, site).GetAwaiter().GetResult()}");
        return (host, site, review);
    });

    private StoreHost _host = null!;
    private string _site = null!;
    private int _review;
    private int _edits;

    [GlobalSetup]
    public void Setup() => (_host, _site, _review) = Year.Value;

    [IterationSetup(Target = nameof(Cold))]
    public void EmptyCaches()
    {
        ((MemoryCache)_host.Services.GetRequiredService<IMemoryCache>()).Compact(1.0);
        WarmSiteAsync().GetAwaiter().GetResult();
    }

    [IterationSetup(Target = nameof(AfterEdit))]
    public void Edit()
    {
        ReviewYear.RenameAssetAsync(_host.Services, _site, 49, $"編集 {++_edits}").GetAwaiter().GetResult();
        WarmSiteAsync().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "review inputs, a year of history, cold (site analysis kept)")]
    public object Cold() => InputsAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "review inputs, a year of history, after an edit")]
    public object AfterEdit() => InputsAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "review inputs, a year of history, opened again")]
    public object Warm() => InputsAsync().GetAwaiter().GetResult();

    private async Task WarmSiteAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var site = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().Sites.AsNoTracking().SingleAsync(s => s.Key == _site);
        await scope.ServiceProvider.GetRequiredService<SiteAnalysis>().AnalyzeAsync(site);
        await scope.ServiceProvider.GetRequiredService<SiteMatches>().AdvisoriesAsync(CancellationToken.None);
    }

    private async Task<object> InputsAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var site = await db.Sites.AsNoTracking().SingleAsync(s => s.Key == _site);
        var review = await scope.ServiceProvider.GetRequiredService<ReviewDesk>().FindAsync(site.Id, _review)
            ?? throw new InvalidOperationException("The open review is missing.");
        return await scope.ServiceProvider.GetRequiredService<ReviewInputsReader>().ReadAsync(site, review)
            ?? throw new InvalidOperationException("The review has no inputs.");
    }

    /// <summary>
    /// In the benchmark's own process: a generated project would build the whole web application again, which takes
    /// longer than BenchmarkDotNet waits for a build on this machine; the year's setup takes minutes, hence the timeout. One invocation per iteration, so that each cold
    /// one starts from emptied caches.
    /// </summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
                .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(6).WithInvocationCount(1).WithUnrollFactor(1));
    }
}
