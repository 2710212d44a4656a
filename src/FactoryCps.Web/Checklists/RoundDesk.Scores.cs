using FactoryCps.Checklists;
using FactoryCps.Web.Sites;
using Microsoft.Extensions.Caching.Memory;

namespace FactoryCps.Web.Checklists;

/// <summary>A round's scores (the core's AssessmentScoring) and what moved since the closed round before it.</summary>
internal sealed record RoundResult(AssessmentScores Scores, AssessmentRound? Previous, RoundComparison? Comparison);

/// <summary>Scores, comparisons and the trend: the core computes them from the stored rounds and the site's analysis.</summary>
internal sealed partial class RoundDesk
{
    /// <summary>The round's scores and, when a closed round precedes it, the comparison with that one.</summary>
    public async Task<RoundResult?> ResultAsync(SiteEntity site, AssessmentRound round, CancellationToken cancellationToken = default)
    {
        if (await analysis.AnalyzeAsync(site, cancellationToken) is not { } analyzed)
        {
            return null;
        }

        var questions = RoundCore.Questions(round, catalog);
        var answers = RoundCore.Answers(round);
        var scores = AssessmentScoring.Compute(catalog, analyzed, questions, answers);
        var closed = await ClosedAsync(site.Id, cancellationToken);
        var previous = closed.LastOrDefault(r => r.Number < round.Number);
        if (previous is null)
        {
            return new RoundResult(scores, null, null);
        }

        var previousQuestions = RoundCore.Questions(previous, catalog);
        var previousAnswers = RoundCore.Answers(previous);
        var previousScores = AssessmentScoring.Compute(catalog, analyzed, previousQuestions, previousAnswers);
        return new RoundResult(scores, previous, RoundComparison.Compare(previousQuestions, previousAnswers, previousScores, questions, answers, scores));
    }

    /// <summary>The site's score of each closed round, oldest first.</summary>
    public async Task<IReadOnlyList<(AssessmentRound Round, double? Score)>> TrendAsync(SiteEntity site, CancellationToken cancellationToken = default)
    {
        var closed = await ClosedAsync(site.Id, cancellationToken);
        if (closed.Count == 0 || await analysis.AnalyzeAsync(site, cancellationToken) is not { } analyzed)
        {
            return [];
        }

        // A closed round's answers never change, so its score changes only with the site's analysis: kept per revision and day,
        // since the trend is read on every rounds page and for every PDCA review's inputs.
        return [.. closed.Select(r => (r, cache.GetOrCreate((nameof(TrendAsync), r.Id, r.Version, site.ModelRevision, analysis.Today, catalog), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromMinutes(10);
            return AssessmentScoring.Compute(catalog, analyzed, RoundCore.Questions(r, catalog), RoundCore.Answers(r)).Site.Value;
        })))];
    }
}
