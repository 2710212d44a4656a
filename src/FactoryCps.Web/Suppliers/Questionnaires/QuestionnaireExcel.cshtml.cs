using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Questionnaires;

/// <summary>
/// A questionnaire's Excel round trip for the site's staff: the workbook in Japanese or English to send to a
/// supplier, and the filled file read back (all or nothing) when the supplier mailed it instead of using the portal.
/// </summary>
[SitePermission(SitePermission.ManageSuppliers)]
[RequestSizeLimit(QuestionnaireWorkbooks.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = QuestionnaireWorkbooks.MaxRequestBytes)]
internal sealed class QuestionnaireExcelModel(QuestionnaireDesk desk, QuestionnaireWorkbooks workbooks) : SupplyPageModel
{
    [FromRoute(Name = "number")]
    public int Number { get; set; }

    public Questionnaire? Shown { get; private set; }

    public ExcelRoundTrip? Excel { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnGetDownloadAsync(string? lang)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        return await workbooks.DownloadAsync(Shown!, QuestionnaireDesk.Key(Shown!), lang, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var (content, status) = await Excel!.ReadAsync(file, HttpContext.RequestAborted);
        if (content is not null)
        {
            var actor = User.Actor();
            var outcome = await workbooks.ImportAsync(Shown!, content, actor.UserName, actor, HttpContext.RequestAborted);
            status = Excel.Show(outcome);
            Shown = await desk.FindAsync(Access.Site.Id, Number, HttpContext.RequestAborted);
        }

        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        Shown = await desk.FindAsync(Access.Site.Id, Number, HttpContext.RequestAborted);
        Excel = Shown is null ? null : new ExcelRoundTrip($"/sites/{SiteKey}/questionnaires/{Number}/excel", !Shown.IsJudged, askPerson: false);
        return Shown is not null;
    }
}
