using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Countermeasures;

namespace FactoryCps.Checklists;

/// <summary>
/// Computes a round's scores from its questions and answers (docs/assessment.md, "How a score is computed"). A
/// zone's score reads the countermeasures the analysis requires there (its threats' countermeasures at its target
/// level), each answered by the zone's own question or else the site's; countermeasures the round does not ask
/// (scoped out) are left out, and a zone with none left has no score.
/// </summary>
internal static class AssessmentScoring
{
    public static AssessmentScores Compute(GuidelineCatalog catalog, AnalysisResult analysis, IReadOnlyList<AssessmentQuestion> questions, IReadOnlyDictionary<string, AssessmentAnswer> answers)
    {
        var max = catalog.AchievementMapping.MaxLevel;
        var site = new Tally();
        var steps = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var groups = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            var answer = answers.GetValueOrDefault(question.Id);
            site.Add(answer);
            Of(steps, question.Step).Add(answer);
            if (question.Group is { } group)
            {
                Of(groups, group).Add(answer);
            }
        }

        return new AssessmentScores(
            site.Score(max),
            [.. catalog.Steps.Where(s => steps.ContainsKey(s.Id)).Select(s => new KeyedScore(s.Id, steps[s.Id].Score(max)))],
            [.. catalog.CountermeasureGroups.Where(g => groups.ContainsKey(g.Id)).Select(g => new KeyedScore(g.Id, groups[g.Id].Score(max)))],
            ZoneScores(catalog, analysis, questions, answers));
    }

    private static List<ZoneScore> ZoneScores(GuidelineCatalog catalog, AnalysisResult analysis, IReadOnlyList<AssessmentQuestion> questions, IReadOnlyDictionary<string, AssessmentAnswer> answers)
    {
        var max = catalog.AchievementMapping.MaxLevel;
        var achieved = catalog.AchievementMapping.LevelOf("implemented") ?? max;
        var asked = new Dictionary<(string Countermeasure, string? Zone), AssessmentQuestion>();
        foreach (var question in questions.Where(q => q.Countermeasure is not null))
        {
            asked[(question.Countermeasure!, question.Zone)] = question;
        }

        var required = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var threat in analysis.Threats.Where(t => t.Zone is not null))
        {
            if (!required.TryGetValue(threat.Zone!, out var set))
            {
                required[threat.Zone!] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.UnionWith(threat.Countermeasures.Select(c => c.Id));
        }

        var scores = new List<ZoneScore>();
        foreach (var zone in analysis.Zones)
        {
            if (!required.TryGetValue(zone.Id, out var ids))
            {
                continue;
            }

            var target = zone.TargetLevel.Value;
            var counted = new List<(Countermeasure Countermeasure, AssessmentAnswer? Answer)>();
            foreach (var id in ids.Order(StringComparer.Ordinal))
            {
                if ((asked.GetValueOrDefault((id, zone.Id)) ?? asked.GetValueOrDefault((id, null))) is { } question)
                {
                    counted.Add((catalog.CountermeasuresById[id], answers.GetValueOrDefault(question.Id)));
                }
            }

            if (counted.Count == 0)
            {
                continue;
            }

            var requirements = counted
                .SelectMany(c => c.Countermeasure.FoundationalRequirements.Select(fr => (Fr: fr, c.Countermeasure, c.Answer)))
                .GroupBy(p => p.Fr, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    var items = g.Select(p => (p.Countermeasure, p.Answer)).ToList();
                    return new RequirementScore(g.Key, AchievedLevel(items, target, achieved), Tally.Of(items.Select(i => i.Answer)).Score(max));
                })
                .ToList();
            scores.Add(new ZoneScore(zone.Id, target, AchievedLevel(counted, target, achieved), Tally.Of(counted.Select(c => c.Answer)).Score(max), requirements));
        }

        return scores;
    }

    /// <summary>
    /// The highest level up to <paramref name="target"/> at which every countermeasure required from that level down is
    /// answered at <paramref name="achieved"/> or more, or not applicable. A countermeasure required below its own
    /// minimum level (the lowest ones, when the target requires none yet) counts from the target.
    /// </summary>
    private static int AchievedLevel(List<(Countermeasure Countermeasure, AssessmentAnswer? Answer)> counted, int target, int achieved)
    {
        var level = 0;
        for (var l = 1; l <= target; l++)
        {
            if (!counted.Where(c => Math.Min(c.Countermeasure.MinLevel, target) <= l).All(c => c.Answer is { NotApplicable: true } || c.Answer?.Level >= achieved))
            {
                break;
            }

            level = l;
        }

        return level;
    }

    private static Tally Of(Dictionary<string, Tally> tallies, string key)
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tallies[key] = tally = new Tally();
        }

        return tally;
    }

    /// <summary>Counts as a score is made of; a tally is filled by one computation and not shared.</summary>
    private sealed class Tally
    {
        private int _questions;
        private int _answered;
        private int _notApplicable;
        private int _levels;

        public static Tally Of(IEnumerable<AssessmentAnswer?> answers)
        {
            var tally = new Tally();
            foreach (var answer in answers)
            {
                tally.Add(answer);
            }

            return tally;
        }

        public void Add(AssessmentAnswer? answer)
        {
            _questions++;
            if (answer is { NotApplicable: true })
            {
                _notApplicable++;
            }
            else if (answer?.Level is { } level)
            {
                _answered++;
                _levels += level;
            }
        }

        public Score Score(int max) => new(_questions, _answered, _notApplicable, _levels, max);
    }
}
