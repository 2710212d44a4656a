using FactoryCps.Matching;
using FactoryCps.Tests.Sboms;
using FactoryCps.Web.Advisories;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sboms;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>
/// A site's matches are kept while what they are made of stays: its model revision, the stored advisories, its
/// current SBOMs. Each of the three changing must give new matches; nothing changing must give the kept ones.
/// </summary>
public sealed class SiteMatchesCacheTests
{
    [Theory]
    [DatabaseProviders]
    public async Task Matches_are_kept_until_the_model_the_advisories_or_an_sbom_changes(string provider)
    {
        await using var factory = await WebFactory.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        async Task<MatchResult> MatchAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var site = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().Sites.AsNoTracking().SingleAsync(s => s.Key == FreshWebApplication.DemoSite, ct);
            return (await scope.ServiceProvider.GetRequiredService<SiteMatches>().MatchAsync(site, ct))!;
        }

        bool Names(MatchResult result) => result.Matches.Any(m => m.Advisory.TrackingId == MatchedAdvisory.TrackingId && m.Asset.Id == MatchedAdvisory.AssetId);

        var first = await MatchAsync();
        Assert.Same(first, await MatchAsync());

        await MatchedAdvisory.AddAssetAsync(factory, ct); // a new revision
        var afterEdit = await MatchAsync();
        Assert.NotSame(first, afterEdit);
        Assert.False(Names(afterEdit));

        await MatchedAdvisory.ImportAdvisoryAsync(factory, TimeProvider.System, ct); // the same revision, a new advisory
        var afterImport = await MatchAsync();
        Assert.True(Names(afterImport));
        Assert.Same(afterImport, await MatchAsync());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var site = await scope.ServiceProvider.GetRequiredService<FcpsDbContext>().Sites.AsNoTracking().SingleAsync(s => s.Key == FreshWebApplication.DemoSite, ct);
            var bom = await File.ReadAllBytesAsync(SbomTestData.Example("SBOM", "dropwizard-1.3.15", "bom.json"), ct);
            await scope.ServiceProvider.GetRequiredService<SbomStore>().UploadAsync(site.Id, "historian", "bom.json", bom, new Actor(null, "test"), ct);
        }

        Assert.NotSame(afterImport, await MatchAsync());
    }
}
