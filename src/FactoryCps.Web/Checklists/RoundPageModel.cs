using FactoryCps.Reports;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
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

    /// <summary>A part of the round (a step, a countermeasure group, a group at a zone) in words.</summary>
    public string PartTitle(RoundPart part) => part.Group is null
        ? words.Step(part.Step)
        : part.Zone is null ? words.Group(part.Group) : $"{words.Group(part.Group)} · {Report?.ZoneName(part.Zone) ?? part.Zone}";

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
