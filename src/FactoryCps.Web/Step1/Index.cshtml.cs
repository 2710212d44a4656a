using FactoryCps.Catalog;
using FactoryCps.Guidance;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Data;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Step1;

/// <summary>Step 1 at a glance: where each of the steps 1-1 … 1-7 stands, and each section of the model with how many objects it holds.</summary>
[SitePermission(SitePermission.View)]
internal sealed class IndexModel(FcpsDbContext db, SiteAnalysis analysis, GuidelineCatalog catalog) : SitePageModel
{
    public IReadOnlyList<(string Section, int Count)> Counts { get; private set; } = [];

    /// <summary>Steps 1-1 … 1-7 with their state.</summary>
    public IReadOnlyList<(Catalog.Step Step, StepState State)> Steps { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var counts = await db.ModelObjects.Where(o => o.SiteId == Access.Site.Id)
            .GroupBy(o => o.Section)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, HttpContext.RequestAborted);
        Counts = [.. FormSchema.Step1Sections.Select(s => (s, counts.GetValueOrDefault(s)))];
        var states = await analysis.StepStatesAsync(Access.Site, Lang.Current, HttpContext.RequestAborted);
        Steps = [.. catalog.Steps.Zip(states).Where(p => p.First.Id.StartsWith("1-", StringComparison.Ordinal))];
    }
}
