using FactoryCps.Matching;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Advisories;
using FactoryCps.Web.Data;
using FactoryCps.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Cases;

/// <summary>
/// The site's advisory matches (Step 3, preventive observe): which advisories apply to which assets and SBOM
/// components, how sure each match is and why, and the case each one opened. Cases open on a timer; here at once.
/// </summary>
[SitePermission(SitePermission.View, SitePermission.WorkCases)]
internal sealed class MatchesModel(SiteMatches matches, FcpsDbContext db) : SitePageModel
{
    [FromQuery(Name = "suppressed")]
    public bool ShowSuppressed { get; set; }

    [FromQuery(Name = "opened")]
    public int? Opened { get; set; }

    public MatchResult? Result { get; private set; }

    public int Advisories { get; private set; }

    public IReadOnlyDictionary<string, int> CaseNumbers { get; private set; } = new Dictionary<string, int>();

    public async Task OnGetAsync()
    {
        Advisories = await db.Set<AdvisoryEntity>().CountAsync(HttpContext.RequestAborted);
        Result = await matches.MatchAsync(Access.Site, HttpContext.RequestAborted);
        CaseNumbers = await db.OodaCases.AsNoTracking()
            .Where(c => c.SiteId == Access.Site.Id && c.MatchKey != null)
            .ToDictionaryAsync(c => c.MatchKey!, c => c.Number, StringComparer.Ordinal, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var opened = await CaseOpening.OpenAsync(HttpContext.RequestServices, Access.Site, CaseActors.Of(Access, User), HttpContext.RequestAborted);
        return Redirect($"/sites/{SiteKey}/matches?opened={opened}");
    }
}
