using FactoryCps.Model;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Pages;

/// <summary>One supplied item: its fields, its questionnaires, and issuing the next one.</summary>
[SitePermission(SitePermission.View, SitePermission.ManageSuppliers)]
internal sealed class ItemModel(SupplierDirectory directory, QuestionnaireDesk desk, SupplierReassessments reassessments) : SupplyPageModel
{
    [FromRoute(Name = "supplier")]
    public int SupplierId { get; set; }

    [FromRoute(Name = "item")]
    public int ItemId { get; set; }

    public SuppliedItem? Supplied { get; private set; }

    public List<Questionnaire> Questionnaires { get; private set; } = [];

    public FactoryModel? SiteModel { get; private set; }

    /// <summary>When the item's questionnaire is to be asked again, and why.</summary>
    public ItemReassessment? Reassessment { get; private set; }

    [BindProperty]
    public SuppliedItemForm Item { get; set; } = new();

    public SupplyErrors Errors { get; private set; } = new();

    public bool Stale { get; private set; }

    public bool NoQuestions { get; private set; }

    [FromQuery(Name = "saved")]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Item = SuppliedItemForm.Of(Supplied!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await directory.UpdateItemAsync(Access.Site, SupplierId, ItemId, Item.Version, Item.Input, User.Actor(), HttpContext.RequestAborted);
        if (outcome.Kind == SupplyOutcomeKind.NotFound)
        {
            return NotFound();
        }

        if (outcome.Kind == SupplyOutcomeKind.Done)
        {
            return Redirect($"/sites/{SiteKey}/suppliers/{SupplierId}/items/{ItemId}?saved=true");
        }

        Errors = outcome.Errors ?? new();
        Stale = outcome.Kind == SupplyOutcomeKind.Stale;
        return await RefusedAsync(Stale ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity);
    }

    public async Task<IActionResult> OnPostIssueAsync(DateOnly? due)
    {
        var (issued, noQuestions) = await desk.IssueAsync(Access.Site, SupplierId, ItemId, due, User.Actor(), HttpContext.RequestAborted);
        if (issued is not null)
        {
            return Redirect($"/sites/{SiteKey}/questionnaires/{issued.Number}");
        }

        if (!noQuestions)
        {
            return NotFound();
        }

        NoQuestions = true;
        return await RefusedAsync(StatusCodes.Status422UnprocessableEntity);
    }

    private async Task<IActionResult> RefusedAsync(int status)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Stale || NoQuestions)
        {
            Item = SuppliedItemForm.Of(Supplied!);
        }

        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        Supplied = await directory.FindItemAsync(Access.Site.Id, SupplierId, ItemId, HttpContext.RequestAborted);
        if (Supplied is null)
        {
            return false;
        }

        Questionnaires = await desk.ListAsync(Access.Site.Id, ItemId, HttpContext.RequestAborted);
        Reassessment = (await reassessments.ForSiteAsync(Access.Site.Id, ItemId, HttpContext.RequestAborted)).SingleOrDefault();
        SiteModel = await directory.ModelAsync(Access.Site, HttpContext.RequestAborted);
        return true;
    }
}
