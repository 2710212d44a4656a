using FactoryCps.Suppliers.Questionnaires;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FactoryCps.Web.Suppliers.Portal;

/// <summary>
/// The supplier's view of a questionnaire their session reaches (an invitation's one, or any of an account's supplier
/// at its site): the questions, their answers (choice and comment, with the answering person's name) and the evidence
/// they uploaded. Any other id answers 404.
/// </summary>
[Authorize(Policy = PortalSetup.Policy)]
[RequestFormLimits(MultipartBodyLengthLimit = (100 * 1024 * 1024) + PortalSetup.UploadOverhead)] // the body limit itself: PortalSetup's gate
internal sealed class QuestionnaireModel(PortalInvitations invitations, Accounts.SupplierSignIn accounts, QuestionnaireDesk desk, IOptions<SupplierOptions> options) : PortalPageModel
{
    public const int MaxPerson = 100;

    [FromRoute(Name = "id")]
    public string PublicId { get; set; } = "";

    public PortalSession? Session { get; private set; }

    public List<EvidenceSummary> Evidence { get; private set; } = [];

    public List<string> Errors { get; } = [];

    /// <summary>The question an error concerns, to show it there.</summary>
    public string? ErrorItem { get; private set; }

    public string? Person { get; private set; }

    [FromQuery(Name = "saved")]
    public bool Saved { get; set; }

    [FromQuery(Name = "uploaded")]
    public bool Uploaded { get; set; }

    public int MaxBytes => options.Value.EvidenceMaxBytes;

    /// <summary>A question's text short enough for a list's option: its first 80 characters, then an ellipsis.</summary>
    public string Shortened(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 79), "…");

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnGetEvidenceAsync(long evidence)
    {
        if (!await LoadAsync() || await desk.EvidenceFileAsync(Session!.Questionnaire.Id, evidence, HttpContext.RequestAborted) is not { } file)
        {
            return NotFound();
        }

        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostAnswersAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var form = await Request.ReadFormAsync(HttpContext.RequestAborted);
        Person = Session!.AsksPerson ? form["person"].ToString().Trim() : Session.DefaultPerson!;
        var answers = new List<SupplierAnswer>();
        foreach (var item in Session!.Questionnaire.Items)
        {
            var code = form["answer:" + item.ItemId].ToString();
            if (code.Length == 0)
            {
                continue; // not answered yet: a supplier may answer in several sittings
            }

            if (AnswerChoices.Parse(code) is not { } choice)
            {
                return Refused(item.ItemId, WebText.PortalAnswerInvalid);
            }

            answers.Add(new SupplierAnswer(item.ItemId, choice, form["comment:" + item.ItemId].ToString()));
        }

        if (Person.Length is 0 or > MaxPerson)
        {
            return Refused(null, WebText.PortalPersonRequired);
        }

        var (refusal, itemId) = await desk.AnswerAsync(Session.Questionnaire.Id, answers, Session.Person(Person), Session.Actor(Person), HttpContext.RequestAborted);
        return refusal is { } r ? Refused(itemId, PortalText.Refusal(r)) : Redirect($"/portal/questionnaires/{PublicId}?saved=true");
    }

    public async Task<IActionResult> OnPostUploadAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var form = await Request.ReadFormAsync(HttpContext.RequestAborted);
        var itemId = form["item"].ToString();
        Person = Session!.AsksPerson ? form["person"].ToString().Trim() : Session.DefaultPerson!;
        if (Person.Length is 0 or > MaxPerson)
        {
            return Refused(itemId, WebText.PortalPersonRequired);
        }

        var file = form.Files.GetFile("file");
        var content = await ReadAsync(file);
        var (upload, problem) = file is { Length: > 0 } && file.Length > MaxBytes
            ? (null, EvidenceProblem.TooLarge)
            : EvidenceUpload.Check(file?.FileName, content, MaxBytes);
        if (upload is null)
        {
            return Refused(itemId, PortalText.Problem(problem!.Value, MaxBytes), problem == EvidenceProblem.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity);
        }

        var refusal = await desk.AddEvidenceAsync(Session!.Questionnaire.Id, itemId, upload, Session.Person(Person), Session.Actor(Person), HttpContext.RequestAborted);
        return refusal is { } r ? Refused(itemId, PortalText.Refusal(r)) : Redirect($"/portal/questionnaires/{PublicId}?uploaded=true#question-{Uri.EscapeDataString(itemId)}");
    }

    private async Task<byte[]> ReadAsync(IFormFile? file)
    {
        if (file is not { Length: > 0 } || file.Length > MaxBytes)
        {
            return [];
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        return buffer.ToArray();
    }

    private IActionResult Refused(string? itemId, string message, int status = StatusCodes.Status422UnprocessableEntity)
    {
        ErrorItem = itemId;
        Errors.Add(message);
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        Session = await PortalSession.ForAsync(User, PublicId, invitations, accounts, desk, HttpContext.RequestAborted);
        if (Session is null)
        {
            return false;
        }

        Person ??= Session.DefaultPerson;
        Evidence = await desk.EvidenceAsync(Session.Questionnaire.Id, HttpContext.RequestAborted);
        return true;
    }
}
