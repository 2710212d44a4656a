using FactoryCps.Model;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Suppliers.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Pages;

/// <summary>One supplier: its fields, what it supplies, a form to add a supplied item, and its portal accounts.</summary>
[SitePermission(SitePermission.View, SitePermission.ManageSuppliers)]
internal sealed class SupplierModel(SupplierDirectory directory, SupplierAccounts accounts, SupplierSecondFactor secondFactor) : SupplyPageModel
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

    public List<SupplierAccount> PortalAccounts { get; private set; } = [];

    /// <summary>A one-time password just made, with the account it is for: shown on this response only.</summary>
    public (SupplierAccount Account, string Password)? OneTime { get; private set; }

    public string? AccountError { get; private set; }

    public bool AccountDisabled { get; private set; }

    /// <summary>A second factor was just reset (true), or the confirmation was not ticked (false).</summary>
    public bool? SecondFactorReset { get; private set; }

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

    public async Task<IActionResult> OnPostAccountAsync(string? loginName, string? displayName)
    {
        var (account, password, refusal) = await accounts.CreateAsync(Access.Site.Id, SupplierId, loginName, displayName, User.Actor(), HttpContext.RequestAborted);
        if (refusal == AccountRefusal.SupplierNotFound)
        {
            return NotFound();
        }

        if (refusal is { } r)
        {
            AccountError = r switch
            {
                AccountRefusal.LoginNameTaken => Resources.WebText.SupplierAccountLoginTaken,
                AccountRefusal.DisplayNameInvalid => Resources.WebText.SupplierAccountNameInvalid,
                _ => Resources.WebText.SupplierAccountLoginInvalid,
            };
            return await RefusedAsync();
        }

        return await OneTimeAsync(account!, password!);
    }

    public async Task<IActionResult> OnPostResetAccountAsync(int account)
    {
        var (reset, password) = await accounts.ResetAsync(Access.Site.Id, SupplierId, account, User.Actor(), HttpContext.RequestAborted);
        return reset is null ? NotFound() : await OneTimeAsync(reset, password!);
    }

    public async Task<IActionResult> OnPostDisableAccountAsync(int account)
    {
        if (!await accounts.DisableAsync(Access.Site.Id, SupplierId, account, User.Actor(), HttpContext.RequestAborted) || !await LoadAsync())
        {
            return NotFound();
        }

        AccountDisabled = true;
        Form = SupplierForm.Of(Supplier!);
        return Page();
    }

    /// <summary>A supplier lost their authenticator: staff who manage the supplier reset it, once they tick the confirmation; audited.</summary>
    public async Task<IActionResult> OnPostResetSecondFactorAsync(int account, bool confirm)
    {
        if (confirm && !await secondFactor.ResetAsync(Access.Site.Id, SupplierId, account, User.Actor(), HttpContext.RequestAborted))
        {
            return NotFound();
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        SecondFactorReset = confirm;
        Form = SupplierForm.Of(Supplier!);
        Response.StatusCode = confirm ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>The page with the one-time password, which no cache may keep; it is never stored or logged in clear.</summary>
    private async Task<IActionResult> OneTimeAsync(SupplierAccount account, string password)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        OneTime = (account, password);
        Form = SupplierForm.Of(Supplier!);
        Response.Headers.CacheControl = "no-store";
        return Page();
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
        PortalAccounts = Access.May(SitePermission.ManageSuppliers) ? await accounts.ListAsync(Access.Site.Id, SupplierId, HttpContext.RequestAborted) : [];
        return Supplier is not null;
    }
}
