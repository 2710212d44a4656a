using FactoryCps.Model;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Data;
using FactoryCps.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers;

/// <summary>One supplier: its fields, what it supplies, and a form to add a supplied item.</summary>
[SitePermission(SitePermission.View, SitePermission.ManageSuppliers)]
internal sealed class SupplierModel(SupplierDirectory directory) : SupplyPageModel
{
    [FromRoute(Name = "supplier")]
    public int SupplierId { get; set; }

    public Supplier? Supplier { get; private set; }

    public FactoryModel? SiteModel { get; private set; }

    [BindProperty]
    public SupplierForm Form { get; set; } = new();

    [BindProperty]
    public SuppliedItemForm Item { get; set; } = new() { Category = "product", Phase = "procurement" };

    public SupplyErrors Errors { get; private set; } = new();

    public SupplyErrors ItemErrors { get; private set; } = new();

    public bool Stale { get; private set; }

    [FromQuery(Name = "saved")]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Form = SupplierForm.Of(Supplier!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await directory.UpdateAsync(Access.Site, SupplierId, Form.Version, Form.Input, User.Actor(), HttpContext.RequestAborted);
        switch (outcome.Kind)
        {
            case SupplyOutcomeKind.NotFound:
                return NotFound();
            case SupplyOutcomeKind.Done:
                return Redirect($"/sites/{SiteKey}/suppliers/{SupplierId}?saved=true");
        }

        Errors = outcome.Errors ?? new();
        Stale = outcome.Kind == SupplyOutcomeKind.Stale;
        if (outcome.Kind == SupplyOutcomeKind.Exists)
        {
            Errors.Add("name", Resources.WebText.SupplierNameTaken);
        }

        return await RefusedAsync();
    }

    public async Task<IActionResult> OnPostItemAsync()
    {
        var outcome = await directory.CreateItemAsync(Access.Site, SupplierId, Item.Input, User.Actor(), HttpContext.RequestAborted);
        switch (outcome.Kind)
        {
            case SupplyOutcomeKind.NotFound:
                return NotFound();
            case SupplyOutcomeKind.Done:
                return Redirect($"/sites/{SiteKey}/suppliers/{SupplierId}/items/{outcome.Value!.Id}");
        }

        ItemErrors = outcome.Errors ?? new();
        return await RefusedAsync();
    }

    private async Task<IActionResult> RefusedAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Stale)
        {
            Form = SupplierForm.Of(Supplier!);
        }

        Response.StatusCode = Stale ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        Supplier = await directory.FindAsync(Access.Site.Id, SupplierId, HttpContext.RequestAborted);
        SiteModel = await directory.ModelAsync(Access.Site, HttpContext.RequestAborted);
        return Supplier is not null;
    }
}
