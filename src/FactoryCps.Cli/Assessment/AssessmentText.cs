using FactoryCps.Analysis;
using FactoryCps.Checklists;
using FactoryCps.Cli.Common;
using FactoryCps.Cli.Resources;
using FactoryCps.Resources;
using Spectre.Console;

namespace FactoryCps.Cli.Assessment;

/// <summary>The text view of <c>assessment score</c>: the site's score, then steps, groups, zones, disagreements and changes, in words.</summary>
internal static class AssessmentText
{
    public static void Write(IAnsiConsole console, CliContext context, LoadedModel loaded, ScoredRound round)
    {
        var language = context.Language;
        var catalog = loaded.Catalog;
        string T(string key, params object?[] args) => context.Text(key, args);
        string Percent(Score score) => ChecklistWords.Percent(score.Value, language);
        string Counts(Score score) => T(nameof(CliText.AssessmentCounts), score.Answered, score.Questions, score.NotApplicable);
        var steps = catalog.Steps.ToDictionary(s => s.Id, s => s.Title.Get(language), StringComparer.Ordinal);
        var groups = catalog.CountermeasureGroups.ToDictionary(g => g.Id, g => g.Title.Get(language), StringComparer.Ordinal);
        var zones = loaded.Model.Zones.ToDictionary(z => z.Id, z => z.DisplayName, StringComparer.Ordinal);
        string Zone(string? zone) => zone is null ? T(nameof(CliText.AssessmentWholeSite)) : zones.GetValueOrDefault(zone) ?? zone;
        string Countermeasure(string id) => catalog.CountermeasuresById.GetValueOrDefault(id)?.Title.Get(language) ?? id;

        var scores = round.Scores;
        console.WriteLine(T(nameof(CliText.AssessmentSiteScore), loaded.Model.Site.Name ?? loaded.Model.Site.Id, Percent(scores.Site), Counts(scores.Site)));
        console.WriteLine(ScoreExplanation.For(ScoreKind.Site, catalog, language));
        console.WriteLine();

        var stepTable = Tables.Create(T(nameof(CliText.AssessmentColStep)), T(nameof(CliText.AssessmentColScore)), T(nameof(CliText.AssessmentColAnswered)));
        foreach (var step in scores.Steps)
        {
            stepTable.Row(steps.GetValueOrDefault(step.Key) ?? step.Key, Percent(step.Score), Counts(step.Score));
        }

        console.Write(stepTable);
        var groupTable = Tables.Create(T(nameof(CliText.AssessmentColGroup)), T(nameof(CliText.AssessmentColScore)), T(nameof(CliText.AssessmentColAnswered)));
        foreach (var group in scores.Groups)
        {
            groupTable.Row(groups.GetValueOrDefault(group.Key) ?? group.Key, Percent(group.Score), Counts(group.Score));
        }

        console.Write(groupTable);
        if (scores.Zones.Count > 0)
        {
            var zoneTable = Tables.Create(T(nameof(CliText.AssessmentColZone)), T(nameof(CliText.AssessmentColTarget)), T(nameof(CliText.AssessmentColAchieved)), T(nameof(CliText.AssessmentColScore)), T(nameof(CliText.AssessmentColRequirements)));
            foreach (var zone in scores.Zones)
            {
                var requirements = string.Join(" ", zone.Requirements.Select(r => $"{r.Requirement}:{r.AchievedLevel}"));
                zoneTable.Row(Zone(zone.Zone), $"SL{zone.TargetLevel}", $"SL{zone.AchievedLevel}", Percent(zone.Score), requirements);
            }

            console.Write(zoneTable);
        }

        console.WriteLine();
        if (round.Disagreements.Count == 0)
        {
            console.WriteLine(T(nameof(CliText.AssessmentNoDisagreements)));
        }
        else
        {
            console.WriteLine(T(nameof(CliText.AssessmentDisagreementsTitle), round.Disagreements.Count));
            var table = Tables.Create(T(nameof(CliText.AssessmentColCountermeasure)), T(nameof(CliText.AssessmentColZone)), T(nameof(CliText.AssessmentColAnsweredStatus)), T(nameof(CliText.AssessmentColModelStatus)));
            foreach (var d in round.Disagreements)
            {
                var current = T("Status_" + d.Current) + (d.CurrentRecorded ? "" : T(nameof(CliText.AssessmentNotRecorded)));
                table.Row(Countermeasure(d.Countermeasure), Zone(d.Zone), T("Status_" + d.Answered), current);
            }

            console.Write(table);
        }

        if (round.Comparison is { } comparison)
        {
            console.WriteLine();
            console.WriteLine(T(nameof(CliText.AssessmentComparisonTitle), round.Previous!.Path, comparison.Improved.Count(), comparison.Worsened.Count()));
            var table = Tables.Create(T(nameof(CliText.AssessmentColScoreOf)), T(nameof(CliText.AssessmentColBefore)), T(nameof(CliText.AssessmentColAfter)), T(nameof(CliText.AssessmentColChange)));
            // Per FR the changes are many (seven per zone); the JSON lists them, the text keeps to what a reader scans.
            foreach (var change in comparison.Scores.Where(s => s.Kind != ScoreKind.Requirement && s.Direction is ChangeDirection.Improved or ChangeDirection.Worsened))
            {
                var what = change.Kind switch
                {
                    ScoreKind.Site => T(nameof(CliText.AssessmentWholeSite)),
                    ScoreKind.Step => steps.GetValueOrDefault(change.Key) ?? change.Key,
                    ScoreKind.Group => groups.GetValueOrDefault(change.Key) ?? change.Key,
                    ScoreKind.Zone => Zone(change.Key),
                    _ => $"{Zone(change.Zone)} {change.Key}",
                };
                var direction = change.Direction == ChangeDirection.Improved ? nameof(ChecklistText.ChangeImproved) : nameof(ChecklistText.ChangeWorsened);
                table.Row(what, ChecklistWords.Percent(change.Before, language), ChecklistWords.Percent(change.After, language), ChecklistWords.Text(direction, language));
            }

            console.Write(table);
        }
    }
}
