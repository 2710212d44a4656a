using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Checklists;

/// <summary>
/// A round as a file (<see cref="RoundFiles"/>): the workbook in Japanese or English or the YAML to answer offline,
/// and the filled file uploaded back, all or nothing, its problems listed with their sheet and cell or line. A
/// closed round's file is still there to download, as its record.
/// </summary>
[SitePermission(SitePermission.View, SitePermission.AnswerAssessments)]
[RequestSizeLimit(RoundFiles.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = RoundFiles.MaxRequestBytes)]
internal sealed class TransferModel(RoundDesk desk, RoundFiles files) : SitePageModel
{
    [FromRoute]
    public int Number { get; set; }

    public AssessmentRound? Round { get; private set; }

    public RoundActor Actor => RoundActors.Of(Access, User);

    public bool Answers => Access.May(SitePermission.AnswerAssessments);

    /// <summary>How many questions a download holds for this person.</summary>
    public int InFile => Round is null ? 0 : RoundFileKey.For(Round.Number, Actor, Actor.Manages || !Answers, DateTimeOffset.UnixEpoch).Questions(Round).Count;

    /// <summary>Null until a file was uploaded.</summary>
    public RoundFileImport? Outcome { get; private set; }

    /// <summary>Why the file was not even read (missing, too large, not a type we read).</summary>
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnGetDownloadAsync(string? format, string? lang)
    {
        if (!await LoadAsync() || RoundFiles.Format(format) is not { } shape)
        {
            return NotFound();
        }

        var language = lang == "en" ? FactoryCps.Localization.Language.En : FactoryCps.Localization.Language.Ja;
        var (content, type, name) = await files.ExportAsync(Access.Site, Round!, Actor, Answers, shape, language, HttpContext.RequestAborted);
        return File(content, type, name);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var (upload, problem) = await EvidenceUpload.FromFormAsync(file, RoundFiles.MaxFileBytes, HttpContext.RequestAborted);
        if (upload is null)
        {
            Error = problem == EvidenceProblem.TypeNotAllowed ? Resources.WebText.AssessmentFileType : EvidenceUpload.Describe(problem!.Value, RoundFiles.MaxFileBytes);
            Response.StatusCode = problem switch
            {
                EvidenceProblem.TooLarge => StatusCodes.Status413PayloadTooLarge,
                EvidenceProblem.TypeNotAllowed => StatusCodes.Status415UnsupportedMediaType,
                _ => StatusCodes.Status400BadRequest,
            };
            return Page();
        }

        Outcome = await files.ImportAsync(Access.Site, Number, upload.FileName, upload.Content, Actor, HttpContext.RequestAborted);
        if (Outcome.Refusal is RoundRefusal.NotFound)
        {
            return NotFound();
        }

        await LoadAsync();
        Response.StatusCode = Outcome.Status;
        return Page();
    }

    /// <summary>A problem's message in the page's language.</summary>
    public static string Message(RoundFileProblem problem) => problem.Message(Lang.Current);

    private async Task<bool> LoadAsync()
    {
        Round = await desk.FindAsync(Access.Site.Id, Number, HttpContext.RequestAborted);
        return Round is not null;
    }
}
