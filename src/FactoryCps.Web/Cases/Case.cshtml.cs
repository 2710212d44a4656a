using FactoryCps.Cases;
using FactoryCps.Catalog;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Cases;

/// <summary>
/// One case: what orient needs to judge it, the current phase's record and the buttons to move it on, and its
/// history. The case refuses what its phase does not allow; the page shows why.
/// </summary>
[SitePermission(SitePermission.View, SitePermission.WorkCases)]
internal sealed class CaseModel(CaseHandling cases, CaseMovers movers, SiteAnalysis analysis, GuidelineCatalog catalog, TimeProvider time) : SitePageModel
{
    private const int MaxText = 8000;

    [FromRoute]
    public int Number { get; set; }

    public OodaCase Case { get; private set; } = null!;

    public OrientBriefing Briefing { get; private set; } = null!;

    public OodaEntry? Row { get; private set; }

    public IReadOnlyCollection<string> Movers { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public string? Refusal { get; private set; }

    /// <summary>The refusal's name, on the page for scripts and tests whatever the language.</summary>
    public string? RefusalCode { get; private set; }

    public bool Stale { get; private set; }

    public CaseActor Actor => CaseActors.Of(Access, User);

    public bool MayMove => Case.Phase != CasePhases.Closed && Access.May(SitePermission.WorkCases) && Actor.IsAmong(Movers);

    public bool MayApprove => Case.Phase == CasePhases.Decide && Access.May(SitePermission.WorkCases) && Actor.IsManagement;

    public bool NeedsManagement { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostSaveAsync(int version, CaseFields fields) =>
        ChangeAsync(version, (c, allowed, _, now) => c.Update(Actor, allowed, Trim(fields), now));

    public Task<IActionResult> OnPostAdvanceAsync(int version, CaseFields fields) =>
        SaveThenAsync(version, fields, (c, allowed, importance, now) => c.Advance(Actor, allowed, importance, now));

    public Task<IActionResult> OnPostCloseAsync(int version, string resolution, CaseFields fields) =>
        SaveThenAsync(version, fields, (c, allowed, importance, now) => c.Close(Actor, allowed, resolution ?? "", importance, now));

    public Task<IActionResult> OnPostApproveAsync(int version) =>
        ChangeAsync(version, (c, _, _, now) => c.Approve(Actor, now));

    /// <summary>What was typed is kept even when the move is refused (say, for a missing approval): saved first, on its own.</summary>
    private async Task<IActionResult> SaveThenAsync(int version, CaseFields fields, Func<OodaCase, IReadOnlyCollection<string>, int?, DateTimeOffset, CaseRefusal?> move)
    {
        if (FormTooLong)
        {
            return await TooLongAsync();
        }

        var trimmed = Trim(fields);
        if (trimmed != new CaseFields())
        {
            var saved = await cases.ChangeAsync(Access.Site, Number, version, Actor, (c, allowed, _, now) => c.Update(Actor, allowed, trimmed, now), HttpContext.RequestAborted);
            if (saved.Kind != CaseOutcomeKind.Done)
            {
                return await ShowAsync(saved);
            }

            version = saved.Case!.Version;
        }

        return await ChangeAsync(version, move);
    }

    private async Task<IActionResult> ChangeAsync(int version, Func<OodaCase, IReadOnlyCollection<string>, int?, DateTimeOffset, CaseRefusal?> change)
    {
        if (FormTooLong)
        {
            return await TooLongAsync();
        }

        return await ShowAsync(await cases.ChangeAsync(Access.Site, Number, version, Actor, change, HttpContext.RequestAborted));
    }

    private bool FormTooLong => Request.HasFormContentType && Request.Form.Any(entry => entry.Value.Any(text => text?.Length > MaxText));

    private async Task<IActionResult> TooLongAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Refusal = WebText.CaseFieldTooLong;
        RefusalCode = "FieldTooLong";
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult> ShowAsync(CaseOutcome outcome)
    {
        switch (outcome.Kind)
        {
            case CaseOutcomeKind.NotFound:
                return NotFound();
            case CaseOutcomeKind.Done:
                return Redirect($"/sites/{SiteKey}/cases/{Number}");
            case CaseOutcomeKind.Stale:
                Stale = true;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            default:
                Refusal = CaseText.Refusal(outcome.Refusal!.Value);
                RefusalCode = outcome.Refusal.Value.ToString();
                Response.StatusCode = outcome.Refusal == CaseRefusal.NotYourPhase || outcome.Refusal == CaseRefusal.NotManagement
                    ? StatusCodes.Status403Forbidden
                    : StatusCodes.Status422UnprocessableEntity;
                break;
        }

        await LoadAsync();
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (await cases.FindAsync(Access.Site.Id, Number, HttpContext.RequestAborted) is not { } found)
        {
            return false;
        }

        Case = found;
        Now = time.GetUtcNow();
        var result = await analysis.AnalyzeAsync(Access.Site, HttpContext.RequestAborted);
        Briefing = OrientBriefing.For(found, result);
        NeedsManagement = OodaCase.NeedsManagement(Briefing.AssetImportance?.Importance.Value);
        Row = catalog.Ooda.FirstOrDefault(e => e.Stage == found.Stage && e.Phase == found.Phase);
        Movers = found.Phase == CasePhases.Closed ? [] : await movers.ForAsync(Access.Site.Id, found.Stage, found.Phase, HttpContext.RequestAborted);
        return true;
    }

    private static CaseFields Trim(CaseFields f) => new(
        Clean(f.Assessment), Clean(f.Decision), Clean(f.DecisionMakers), Clean(f.OperationImpact), Clean(f.WorkDone), Clean(f.Evidence));

    /// <summary>Empty fields leave what was recorded; the form never clears a record by accident.</summary>
    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
