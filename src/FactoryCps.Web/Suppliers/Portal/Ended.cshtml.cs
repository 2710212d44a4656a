using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>After leaving the portal: nothing more to do here until the next invitation link.</summary>
[AllowAnonymous]
internal sealed class EndedModel : PageModel
{
    public void OnGet()
    {
    }
}
