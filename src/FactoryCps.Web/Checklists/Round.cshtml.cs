using FactoryCps.Web.Accounts;
using FactoryCps.Web.Security;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Checklists;

/// <summary>
/// Answering a round: its parts (a step, a countermeasure group, a group at a zone) with how many questions each
/// has left, and one part's questions in one form (levels 0–4 or not applicable with a reason, comments). A question
/// someone else answered since the page was loaded is not overwritten: the page shows their answer beside the
/// person's own input, which stays in the form. Evidence files per question; a closed round is read-only.
/// </summary>
[SitePermission(SitePermission.View, SitePermission.AnswerAssessments)]
internal sealed class RoundModel(RoundDesk desk, RoundWords words, SiteAnalysis analysis, TimeProvider time) : RoundPageModel(desk, words, analysis)
{
    public const int MaxEvidenceBytes = 10 * 1024 * 1024;

    [FromQuery(Name = "show")]
    public string? Show { get; set; }

    [FromQuery(Name = "part")]
    public string? PartKey { get; set; }

    [FromQuery(Name = "saved")]
    public int? Saved { get; set; }

    public IReadOnlyList<RoundPart> Parts { get; private set; } = [];

    public RoundPart? Part { get; private set; }

    public List<RoundEvidence> Evidence { get; private set; } = [];

    public RoundActor Actor => RoundActors.Of(Access, User);

    public bool MayAnswer => Round is { IsClosed: false } && Access.May(SitePermission.AnswerAssessments);

    /// <summary>Questions someone else changed meanwhile, as stored now (by question id).</summary>
    public Dictionary<string, RoundQuestion> Stale { get; } = new(StringComparer.Ordinal);

    /// <summary>What the person sent for a question, kept in the form after a refusal or a conflict.</summary>
    public Dictionary<string, AnswerInput> Sent { get; } = new(StringComparer.Ordinal);

    public string? Error { get; private set; }

    public string? ErrorQuestion { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnGetEvidenceAsync(long evidence)
    {
        var round = await Desk.FindAsync(Access.Site.Id, Number, HttpContext.RequestAborted);
        if (round is null || await Desk.EvidenceFileAsync(round.Id, evidence, HttpContext.RequestAborted) is not { } file)
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
        var inputs = new List<AnswerInput>();
        foreach (var id in form["question"])
        {
            if (id is null || Round!.Questions.All(q => q.QuestionId != id))
            {
                return NotFound();
            }

            var choice = form["answer:" + id].ToString();
            var shown = Round!.Questions.Single(q => q.QuestionId == id);
            if (choice.Length == 0 || (Fingerprint(choice, form["reason:" + id], form["comment:" + id]) == form["was:" + id] && !shown.Prefilled))
            {
                continue; // left unanswered, or untouched: a row someone else answered meanwhile is not refused for it
            }

            int? level = int.TryParse(choice, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var l) ? l : null;
            var version = int.TryParse(form["version:" + id], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;
            var input = new AnswerInput(id, version, choice == "na" ? null : level ?? -1, choice == "na", form["reason:" + id], form["comment:" + id]);
            inputs.Add(input);
            Sent[id] = input;
        }

        var outcome = await Desk.AnswerAsync(Access.Site.Id, Number, inputs, Actor, HttpContext.RequestAborted);
        if (outcome.Succeeded)
        {
            return Redirect($"/sites/{SiteKey}/assessments/{Number}?part={Uri.EscapeDataString(PartKey ?? "")}&show={Uri.EscapeDataString(Show ?? "")}&saved={inputs.Count}#part");
        }

        await LoadAsync();
        foreach (var q in outcome.Stale)
        {
            Stale[q.QuestionId] = q;
        }

        Error = outcome.Refusal is { } refusal ? RoundText.Refusal(refusal) : RoundText.Refusal(RoundRefusal.ChangedMeanwhile);
        ErrorQuestion = outcome.QuestionId;
        Response.StatusCode = outcome.Stale.Count > 0 ? StatusCodes.Status409Conflict
            : outcome.Refusal is RoundRefusal.NotAssigned ? StatusCodes.Status403Forbidden
            : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostEvidenceAsync(string? question, IFormFile? file)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var (upload, problem) = await EvidenceUpload.FromFormAsync(file, MaxEvidenceBytes, HttpContext.RequestAborted);
        if (upload is null)
        {
            Error = EvidenceUpload.Describe(problem!.Value, MaxEvidenceBytes);
            ErrorQuestion = question;
            Response.StatusCode = problem == EvidenceProblem.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var outcome = await Desk.AddEvidenceAsync(Access.Site.Id, Number, question ?? "", upload, Actor, HttpContext.RequestAborted);
        if (outcome.Refusal == RoundRefusal.NotFound)
        {
            return NotFound();
        }

        if (outcome.Refusal is { } refusal)
        {
            Error = RoundText.Refusal(refusal);
            ErrorQuestion = question;
            Response.StatusCode = refusal == RoundRefusal.NotAssigned ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        return Redirect($"/sites/{SiteKey}/assessments/{Number}?part={Uri.EscapeDataString(PartKey ?? "")}&show={Uri.EscapeDataString(Show ?? "")}#question-evidence");
    }

    /// <summary>What a row showed when the page was loaded, so that a row the person did not touch is not sent as an answer.</summary>
    public static string Fingerprint(string choice, string? reason, string? comment) =>
        string.Join('\u001f', choice, (reason ?? "").Trim(), (comment ?? "").Trim().ReplaceLineEndings("\n"));

    public static string Choice(RoundQuestion q) =>
        q.NotApplicable ? "na" : q.Level?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>How many of a part's questions still need an answer (unanswered, or asked again).</summary>
    public static int Open(RoundPart part) => part.Questions.Count(q => !q.IsAnswered || q.Review == RoundQuestion.AskedAgain);

    public string Assignee(RoundQuestion q) =>
        q.AssigneeUser ?? (q.AssigneeRole is { } role ? RoundText.Role(role) : Resources.WebText.AssessmentAssigneeAnyone);

    private async Task<bool> LoadAsync()
    {
        if (!await LoadRoundAsync())
        {
            return false;
        }

        Parts = RoundPart.Of(RoundPart.Filter(Round!.Questions, Show, Actor));
        Part = Parts.FirstOrDefault(p => p.Key == PartKey) ?? Parts.FirstOrDefault(p => Open(p) > 0) ?? Parts.FirstOrDefault();
        PartKey = Part?.Key;
        Evidence = await Desk.EvidenceAsync(Round.Id, HttpContext.RequestAborted);
        return true;
    }
}
