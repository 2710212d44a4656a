using System.Net;
using FactoryCps.Advisories.Import;
using FactoryCps.Tests.Web;
using FactoryCps.Web.Advisories;
using FactoryCps.Web.Data;
using Microsoft.Extensions.DependencyInjection;
using static FactoryCps.Tests.Web.ApiClients;

namespace FactoryCps.Tests.Advisories.Import;

/// <summary>GET /api/v1/advisories: installation-wide, so any token reads them, whatever the user's sites.</summary>
public sealed class AdvisoryApiTests
{
    [Fact]
    public async Task Any_token_lists_advisories_page_by_page_and_reads_one_with_its_history()
    {
        await using var factory = await WebFactory.CreateAsync("sqlite");
        using var folder = new AdvisoryFolder();
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = new AdvisoryStore(scope.ServiceProvider.GetRequiredService<FcpsDbContext>(), TimeProvider.System);
            foreach (var (name, version) in new[] { ("a.json", 1), ("b.json", 2) })
            {
                var load = AdvisoryLoader.Load(new AdvisorySourceFile(folder.Write(name, AdvisoryFolder.SampleVersion(version)), []));
                await store.ImportAsync(load.Advisory!, "test", ct);
            }

            var other = AdvisoryLoader.Load(new AdvisorySourceFile(Path.Combine(AdvisoryFolder.CisaFolder, "2017", "icsa-17-124-01.json"), []));
            await store.ImportAsync(other.Advisory!, "test", ct);
        }

        var viewer = await factory.AddUserAsync("viewer@example.com");
        var client = Bare(factory, await factory.TokenForAsync(viewer));

        var first = await ReadAsync(await client.GetAsync("/api/v1/advisories?limit=1", ct));
        var second = await ReadAsync(await client.GetAsync($"/api/v1/advisories?limit=1&after={(int)first["next"]!}", ct));
        var detail = await client.GetAsync($"/api/v1/advisories/{(int)first["advisories"]![0]!["id"]!}", ct);
        var body = await ReadAsync(detail);

        Assert.Equal("ICSMA-17-227-01", (string?)first["advisories"]![0]!["trackingId"]);
        Assert.Equal("2", (string?)first["advisories"]![0]!["version"]);
        Assert.Equal("ICSA-17-124-01", (string?)second["advisories"]![0]!["trackingId"]);
        Assert.Null(second["next"]);
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Equal(["1", "2"], body["revisions"]!.AsArray().Select(r => (string)r!["version"]!));
        Assert.Equal("ICSMA-17-227-01", (string?)body["document"]!["document"]!["tracking"]!["id"]);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/advisories/999999", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/advisories?limit=0", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bare(factory).GetAsync("/api/v1/advisories", ct)).StatusCode);
    }
}
