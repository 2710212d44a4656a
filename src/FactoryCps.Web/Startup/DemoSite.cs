using FactoryCps.Web.Data;
using FactoryCps.Web.Sboms;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Startup;

/// <summary>
/// The sample smart factory (samples/smart-factory.yaml, embedded), loaded by <c>--demo</c> into an empty
/// installation, with the SBOMs its assets name (samples/sboms/, embedded under the same relative paths).
/// </summary>
internal sealed class DemoSite(FcpsDbContext db, SiteModelStore store, SbomStore sboms, ILogger<DemoSite> logger)
{
    public static string Text()
    {
        using var stream = typeof(DemoSite).Assembly.GetManifestResourceStream("FactoryCps.Web.demo.yaml")
            ?? throw new InvalidOperationException("The demo model is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async Task LoadIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Sites.AnyAsync(cancellationToken))
        {
            return;
        }

        var demo = new Actor(null, "demo");
        var result = await store.ImportAsync(Text(), "smart-factory.yaml", demo, cancellationToken);
        var site = result.Site ?? throw new InvalidOperationException("The demo model does not import.");
        foreach (var asset in (await store.ModelAsync(site, cancellationToken))?.Assets.Where(a => a.Sbom is not null) ?? [])
        {
            using var stream = typeof(DemoSite).Assembly.GetManifestResourceStream("FactoryCps.Web.demo-" + asset.Sbom)
                ?? throw new InvalidOperationException($"The demo SBOM {asset.Sbom} is not embedded.");
            using var content = new MemoryStream();
            await stream.CopyToAsync(content, cancellationToken);
            await sboms.UploadAsync(site.Id, asset.Id, Path.GetFileName(asset.Sbom!), content.ToArray(), demo, cancellationToken);
        }

        logger.LogInformation("Demo site {Site} loaded", result.SiteKey);
    }
}
