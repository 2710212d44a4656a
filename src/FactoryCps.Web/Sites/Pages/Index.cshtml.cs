using System.Text.Json.Nodes;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Data;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Sites.Pages;

/// <summary>The sites the user holds a role at (every site for administrators); administrators create sites here.</summary>
internal sealed class IndexModel(FcpsDbContext db, SiteAccess access, SiteModelStore store) : PageModel
{
    private Dictionary<int, string> _roles = [];

    public List<SiteEntity> Sites { get; private set; } = [];

    public bool IsAdministrator { get; private set; }

    [BindProperty]
    public string? Id { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    public List<string> Errors { get; } = [];

    public string RoleAt(int siteId) => _roles.TryGetValue(siteId, out var role) ? role : IsAdministrator ? SiteRoles.Administrator : "";

    public async Task OnGetAsync()
    {
        var userId = User.UserId()!;
        Sites = await access.VisibleSitesAsync(userId);
        IsAdministrator = await db.Users.AnyAsync(u => u.Id == userId && u.IsAdministrator);
        _roles = await db.SiteMembers.Where(m => m.UserId == userId).ToDictionaryAsync(m => m.SiteId, m => m.Role);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await OnGetAsync();
        if (!IsAdministrator)
        {
            return Forbid();
        }

        // A new site is a model with only its site fields; the same loader checks the id as for a file.
        var document = new JsonObject { ["format"] = 1, ["site"] = new JsonObject { ["id"] = Id, ["name"] = Name } };
        var result = await store.ImportAsync(document.ToJsonString(), "site", User.Actor(), into: null, create: true, HttpContext.RequestAborted);
        if (result.ExistingSite is not null)
        {
            Errors.Add(string.Format(System.Globalization.CultureInfo.CurrentCulture, WebText.SiteExists, Id));
            return Page();
        }

        if (!result.Succeeded)
        {
            Errors.AddRange(result.Diagnostics.Select(d => d.Render(Lang.Current)));
            return Page();
        }

        return Redirect($"/sites/{result.SiteKey}");
    }
}
