using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>
/// The Excel round trip in the portal: the supplier downloads their questionnaire as a workbook and uploads it
/// filled. Only a questionnaire the session reaches: any other id answers 404, for downloads and uploads alike.
/// </summary>
[Authorize(Policy = PortalSetup.Policy)]
[RequestSizeLimit(QuestionnaireWorkbooks.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = QuestionnaireWorkbooks.MaxRequestBytes)]
internal sealed class ExcelModel(PortalInvitations invitations, Accounts.SupplierSignIn accounts, QuestionnaireDesk desk, QuestionnaireWorkbooks workbooks) : PortalPageModel
{
    [FromRoute(Name = "id")]
    public string PublicId { get; set; } = "";

    public PortalSession? Session { get; private set; }

    public ExcelRoundTrip? Excel { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnGetDownloadAsync(string? lang)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        return await workbooks.DownloadAsync(Session!.Questionnaire, PublicId, lang, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? person)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Excel!.Person = Session!.AsksPerson ? person?.Trim() : Session.DefaultPerson;
        if (Excel.Person is not { Length: > 0 and <= QuestionnaireModel.MaxPerson })
        {
            Excel.Problems.Add(new ExcelProblemRow(null, null, "", Resources.WebText.PortalPersonRequired));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var (content, status) = await Excel.ReadAsync(file, HttpContext.RequestAborted);
        if (content is not null)
        {
            var outcome = await workbooks.ImportAsync(Session!.Questionnaire, content, Session.Person(Excel.Person), Session.Actor(Excel.Person), HttpContext.RequestAborted);
            status = Excel.Show(outcome);
        }

        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        Session = await PortalSession.ForAsync(User, PublicId, invitations, accounts, desk, HttpContext.RequestAborted);
        Excel = Session is null ? null : new ExcelRoundTrip($"/portal/questionnaires/{PublicId}/excel", !Session.Questionnaire.IsJudged, askPerson: Session.AsksPerson) { Person = Session.DefaultPerson };
        return Session is not null;
    }
}
