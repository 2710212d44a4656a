using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Sites;

/// <summary>The sample smart factory (samples/smart-factory.yaml, embedded), loaded by <c>--demo</c> into an empty installation.</summary>
internal sealed class DemoSite(FcpsDbContext db, SiteModelStore store, ILogger<DemoSite> logger)
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

        var result = await store.ImportAsync(Text(), "smart-factory.yaml", new Actor(null, "demo"), cancellationToken);
        logger.LogInformation("Demo site {Site} loaded", result.SiteKey);
    }
}
