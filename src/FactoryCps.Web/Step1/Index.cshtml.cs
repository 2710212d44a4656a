using FactoryCps.Web.Accounts;
using FactoryCps.Web.Data;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Step1;

/// <summary>Step 1 at a glance: each section of the model and how many objects it holds.</summary>
[SitePermission(SitePermission.View)]
internal sealed class IndexModel(FcpsDbContext db) : SitePageModel
{
    public IReadOnlyList<(string Section, int Count)> Counts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var counts = await db.ModelObjects.Where(o => o.SiteId == Access.Site.Id)
            .GroupBy(o => o.Section)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, HttpContext.RequestAborted);
        Counts = [.. FormSchema.Step1Sections.Select(s => (s, counts.GetValueOrDefault(s)))];
    }
}
