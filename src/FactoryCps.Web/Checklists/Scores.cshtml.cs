using FactoryCps.Catalog;
using FactoryCps.Checklists;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Security;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Sites;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Checklists;

/// <summary>
/// A round's scores per site, step, countermeasure group and zone (with IEC 62443 FR1–FR7), each with the sentence
/// that says how it is computed on hover, and what improved or worsened since the closed round before it.
/// </summary>
[SitePermission(SitePermission.View)]
internal sealed class ScoresModel(RoundDesk desk, RoundWords words, GuidelineCatalog catalog, SiteAnalysis analysis) : RoundPageModel(desk, words, analysis)
{
    public RoundResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadRoundAsync())
        {
            return NotFound();
        }

        Result = await Desk.ResultAsync(Access.Site, Round!, HttpContext.RequestAborted);
        return Page();
    }

    public string How(ScoreKind kind) => ScoreExplanation.For(kind, catalog, Lang.Current);

    public static string Percent(double? value) => ChecklistWords.Percent(value, Lang.Current);

    /// <summary>A score's counts in a sentence: what the percentage is made of.</summary>
    public static string Counts(Score s) => string.Format(
        System.Globalization.CultureInfo.CurrentCulture, Resources.WebText.AssessmentScoreCounts, s.Questions, s.Answered, s.NotApplicable, s.LevelSum, s.MaxLevel * s.Applicable);

    /// <summary>Which way a score moved since the previous round, in words.</summary>
    public string Moved(ScoreKind kind, string key, string? zone = null) =>
        Result?.Comparison?.Scores.FirstOrDefault(c => c.Kind == kind && c.Key == key && c.Zone == zone) is { } change ? Direction(change.Direction) : "";

    public static string Direction(ChangeDirection direction) => direction switch
    {
        ChangeDirection.Improved => Resources.WebText.AssessmentImproved,
        ChangeDirection.Worsened => Resources.WebText.AssessmentWorsened,
        ChangeDirection.Unchanged => Resources.WebText.AssessmentUnchanged,
        _ => Resources.WebText.AssessmentNotComparable,
    };

    /// <summary>The question's text for a comparison row (by its stable id, of this round or the previous one); a zone's question adds the zone's name with its id marked.</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent QuestionText(string questionId)
    {
        var row = Round!.Questions.FirstOrDefault(q => q.QuestionId == questionId) ?? Result?.Previous?.Questions.FirstOrDefault(q => q.QuestionId == questionId);
        return row is null ? Ids.Id(questionId)
            : row.Zone is null ? Ids.Format("{0}", Words.Question(row.ItemId))
            : Ids.Format("{0} · {1}", Words.Question(row.ItemId), Ids.Named(Report?.NameOf(row.Zone), row.Zone));
    }

    public string Answer(AssessmentAnswer? answer) =>
        answer is null ? Resources.WebText.AssessmentUnanswered : answer.NotApplicable ? Resources.WebText.AssessmentNotApplicable : Words.Level(answer.Level ?? 0);
}
