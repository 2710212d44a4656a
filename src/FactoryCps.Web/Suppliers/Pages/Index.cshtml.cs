using FactoryCps.Model;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Pages;

/// <summary>The site's suppliers and questionnaires; people who manage suppliers add one here.</summary>
[SitePermission(SitePermission.View, SitePermission.ManageSuppliers)]
internal sealed class IndexModel(SupplierDirectory directory, QuestionnaireDesk desk) : SupplyPageModel
{
    public List<Supplier> Suppliers { get; private set; } = [];

    public List<Questionnaire> Questionnaires { get; private set; } = [];

    public FactoryModel? SiteModel { get; private set; }

    [BindProperty]
    public SupplierForm Form { get; set; } = new();

    public SupplyErrors Errors { get; private set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await directory.CreateAsync(Access.Site, Form.Input, User.Actor(), HttpContext.RequestAborted);
        if (outcome.Kind == SupplyOutcomeKind.Done)
        {
            return Redirect($"/sites/{SiteKey}/suppliers/{outcome.Value!.Id}");
        }

        Errors = outcome.Errors ?? new();
        if (outcome.Kind == SupplyOutcomeKind.Exists)
        {
            Errors.Add("name", Resources.WebText.SupplierNameTaken);
        }

        await LoadAsync();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync()
    {
        Suppliers = await directory.ListAsync(Access.Site.Id, HttpContext.RequestAborted);
        Questionnaires = await desk.ListAsync(Access.Site.Id, null, HttpContext.RequestAborted);
        SiteModel = await directory.ModelAsync(Access.Site, HttpContext.RequestAborted);
    }
}
