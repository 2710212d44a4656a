using FactoryCps.Catalog;
using FactoryCps.Guidance;
using FactoryCps.Guideline;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Steps;

/// <summary>
/// One guideline step for a site: the guideline's own text for it (main action, smart-factory point, points),
/// FactoryCPS's help and the extension's emphases, then the step's state with a link to fix each item, and the
/// next step. The state is computed by the core's <see cref="StepStates"/> from the model and its analysis.
/// </summary>
[SitePermission(SitePermission.View)]
internal sealed class StepModel(SiteAnalysis analysis, GuidelineCatalog catalog) : SitePageModel
{
    /// <summary>How many items of one kind a page lists before saying how many more there are (a large site has thousands).</summary>
    public const int ShownItems = 30;

    [FromRoute]
    public string Step { get; set; } = "";

    public Catalog.Step Guideline { get; private set; } = null!;

    public StepGuide Guide { get; private set; } = null!;

    public StepState State { get; private set; } = null!;

    public Catalog.Step? NextStep { get; private set; }

    public TextMark MainActionMark => new(Guideline.Source, Guideline.MainActionConfidence);

    public async Task<IActionResult> OnGetAsync()
    {
        if (catalog.Steps.FirstOrDefault(s => s.Id == Step) is not { } step || !StepGuides.ByStep.TryGetValue(step.Id, out var guide))
        {
            return NotFound();
        }

        Guideline = step;
        Guide = guide;
        var states = await analysis.StepStatesAsync(Access.Site, Lang.Current, HttpContext.RequestAborted);
        State = states.Single(s => s.Step == step.Id);
        NextStep = State.Next is { } next ? catalog.Steps.Single(s => s.Id == next) : null;
        return Page();
    }
}
