using System.Text.Json.Nodes;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Step1;

/// <summary>The objects of one Step 1 section; the site and BCP fields open their form directly.</summary>
[SitePermission(SitePermission.View)]
internal sealed class SectionModel(SiteModelStore store) : SitePageModel
{
    [FromRoute]
    public string Section { get; set; } = "";

    public List<StoredObject> Objects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!FormSchema.Step1Sections.Contains(Section))
        {
            return NotFound();
        }

        if (FormSchema.IsSingleton(Section))
        {
            return Redirect($"/sites/{SiteKey}/step1/{Section}/edit");
        }

        Objects = await store.SectionAsync(Access.Site, Section, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The few fields that tell objects apart in a list: kind, zone, from → to.</summary>
    public string Summary(JsonObject body) => string.Join(" · ", new[]
    {
        (string?)body["kind"],
        body["zone"] is { } zone ? "zone: " + zone : null,
        body["from"] is { } from ? $"{from} → {body["to"]}" : null,
        body["template"] is { } template ? "template: " + template : null,
        body["applies"] is { } applies ? "applies: " + applies : null,
    }.Where(part => part is not null));
}
