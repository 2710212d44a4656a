using System.Globalization;
using System.Text.Json.Nodes;
using FactoryCps.Catalog;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Step1;

/// <summary>
/// Create, edit or delete one Step 1 object. Every save goes through the same validation as
/// <c>fcps validate</c>; errors appear at their fields, and a save over someone else's newer change is
/// refused with their version shown.
/// </summary>
[SitePermission(SitePermission.View, SitePermission.EditModel)]
internal sealed class EditModel(SiteModelStore store, GuidelineCatalog catalog) : SitePageModel
{
    [FromRoute]
    public string Section { get; set; } = "";

    [FromRoute]
    public string? Key { get; set; }

    public IReadOnlyList<FieldSpec> Fields { get; private set; } = [];

    public JsonObject? Body { get; private set; }

    public int? Version { get; private set; }

    public FieldErrors Errors { get; private set; } = new();

    /// <summary>The other user's version when a save was refused for a conflict.</summary>
    public JsonObject? Theirs { get; private set; }

    public bool IsNew => Key is null && !FormSchema.IsSingleton(Section);

    private JsonObject? Document { get; set; }

    /// <summary>A level of a small scale with its word: 「2（中）」 for an impact rating, 「3（高）」 for an importance.</summary>
    public string LevelText(FieldSpec field, int value) => Labels.Level(field, value, catalog);

    public IReadOnlyList<Suggestion> SuggestionsFor(FieldSpec field) => Suggestions.For(Section, field, Document, catalog);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var body = FormBinding.Apply(Body, Fields, name => Request.Form[name]);
        if (!IsNew)
        {
            // The id is the object's address (and what others refer to): it is not changed by editing.
            body["id"] = Section == "site" ? SiteKey : Body?["id"]?.DeepClone();
            if (Section == "bcp")
            {
                body.Remove("id");
            }
        }

        var expected = int.TryParse(Request.Form["__version"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (int?)null;
        var result = await store.SaveObjectAsync(Access.Site, Section, body, expected, User.Actor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect(FormSchema.IsSingleton(Section) ? $"/sites/{SiteKey}/step1" : $"/sites/{SiteKey}/step1/{Section}");
        }

        Body = body;
        if (result.Conflict)
        {
            Theirs = result.Current;
            var key = SiteModelStore.KeyOf(Section, body);
            Version = (await store.ObjectAsync(Access.Site, Section, key, HttpContext.RequestAborted))?.Version;
            if (IsNew && Theirs is { Count: > 0 })
            {
                Errors.Add("id", string.Format(CultureInfo.CurrentCulture, WebText.IdTaken, key));
                Theirs = null;
            }
        }
        else
        {
            Errors = FieldErrors.From(result.Diagnostics, Section, Fields, Lang.Current);
        }

        Response.StatusCode = result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (!await LoadAsync() || IsNew || Section == "site")
        {
            return NotFound();
        }

        var expected = int.TryParse(Request.Form["__version"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : -1;
        var result = await store.DeleteObjectAsync(Access.Site, Section, Key ?? Section, expected, User.Actor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect(FormSchema.IsSingleton(Section) ? $"/sites/{SiteKey}/step1" : $"/sites/{SiteKey}/step1/{Section}");
        }

        Theirs = result.Current;
        Errors = FieldErrors.From(result.Diagnostics, Section, [], Lang.Current);
        Response.StatusCode = result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (!FormSchema.Step1Sections.Contains(Section))
        {
            return false;
        }

        Fields = FormSchema.Fields(Section);
        Document = await store.DocumentAsync(Access.Site, HttpContext.RequestAborted);
        var key = FormSchema.IsSingleton(Section) ? Section : Key;
        if (key is null)
        {
            return true;
        }

        var stored = await store.ObjectAsync(Access.Site, Section, key, HttpContext.RequestAborted);
        if (stored is null)
        {
            // bcp may not exist yet: its form starts empty. Any other unknown key is not found.
            return Section == "bcp";
        }

        (Body, Version) = (stored.Value.Body, stored.Value.Version);
        return true;
    }
}
