using FactoryCps.Reports;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Checklists;

/// <summary>
/// A page about one round of the site (answering, reviewing, closing, scores): the round's number from the route,
/// the round with its questions, and the site's report, whose names (zones, countermeasures, statuses) it shows.
/// </summary>
internal abstract class RoundPageModel(RoundDesk desk, RoundWords words, SiteAnalysis analysis) : SitePageModel
{
    [FromRoute]
    public int Number { get; set; }

    public AssessmentRound? Round { get; private set; }

    public ReportContext? Report { get; private set; }

    public RoundWords Words => words;

    protected RoundDesk Desk => desk;

    /// <summary>A part of the round (a step, a countermeasure group, a group at a zone) in words; a zone's part adds the zone's name with its id marked as an id.</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent PartTitle(RoundPart part) => part.Group is null
        ? Ids.Format("{0}", words.Step(part.Step))
        : part.Zone is null ? Ids.Format("{0}", words.Group(part.Group)) : Ids.Format("{0} · {1}", words.Group(part.Group), Ids.Named(Report?.NameOf(part.Zone), part.Zone));

    /// <summary>Reads the round and the site's report; false when the site has no round of this number (another site's is never read).</summary>
    protected async Task<bool> LoadRoundAsync()
    {
        Round = await desk.FindAsync(Access.Site.Id, Number, HttpContext.RequestAborted);
        if (Round is null)
        {
            return false;
        }

        Report = await analysis.ReportAsync(Access.Site, Lang.Current, HttpContext.RequestAborted);
        return true;
    }
}
