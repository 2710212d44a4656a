using System.Text.Json.Nodes;
using FactoryCps.Advisories.Import;
using FactoryCps.Web.Advisories;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Tests.Web;

/// <summary>A real CISA advisory (ICSA-23-033-01, Delta Electronics DIAScreen) imported, and an asset of the demo site it names, so that the site has one match.</summary>
internal static class MatchedAdvisory
{
    public const string TrackingId = "ICSA-23-033-01";

    public const string AssetId = "diascreen-ews";

    public static async Task ImportAsync(FreshWebApplication factory, TimeProvider importedAt, CancellationToken cancellationToken)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var file = Path.Combine(FactoryCps.Tests.Advisories.Import.AdvisoryFolder.CisaFolder, "2023", "icsa-23-033-01.json");
        var load = AdvisoryLoader.Load(new AdvisorySourceFile(file, []));
        await new AdvisoryStore(scope.ServiceProvider.GetRequiredService<FcpsDbContext>(), importedAt).ImportAsync(load.Advisory!, "test", cancellationToken);
        var asset = new JsonObject
        {
            ["id"] = AssetId,
            ["name"] = "DIAScreen on the engineering PC",
            ["kind"] = "software",
            ["zone"] = "control-line1",
            ["operations"] = new JsonArray("production"),
            ["vendor"] = "Delta Electronics",
            ["product"] = "DIAScreen",
            ["version"] = "1.2.1.23",
        };
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var site = await db.Sites.AsNoTracking().SingleAsync(s => s.Key == FreshWebApplication.DemoSite, cancellationToken);
        var saved = await scope.ServiceProvider.GetRequiredService<SiteModelStore>().SaveObjectAsync(site, "assets", asset, null, new Actor(null, "test"), cancellationToken);
        Assert.True(saved.Succeeded);
    }
}
