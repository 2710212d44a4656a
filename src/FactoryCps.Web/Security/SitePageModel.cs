using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactoryCps.Web.Security;

/// <summary>A page of one site: the site authorization has already checked the user's permission for it.</summary>
internal abstract class SitePageModel : PageModel
{
    public SiteContext Access => SiteContext.Of(HttpContext);

    public string SiteKey => Access.Site.Key;
}
