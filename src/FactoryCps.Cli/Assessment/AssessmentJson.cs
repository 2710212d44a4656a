using System.Text.Json.Nodes;
using FactoryCps.Checklists;

namespace FactoryCps.Cli.Assessment;

/// <summary>
/// The stable JSON of <c>assessment score</c> (docs/assessment.md, "On the command line"): ids and numbers only,
/// a score's value 0..1 or null (every question not applicable), statuses as the model spells them.
/// </summary>
internal static class AssessmentJson
{
    public static JsonObject Write(string modelPath, ScoredRound round)
    {
        var scores = round.Scores;
        return new JsonObject
        {
            ["model"] = modelPath,
            ["answers"] = round.Current.Path,
            ["scope"] = Scope(round.Current.Asked.Scope),
            ["scores"] = new JsonObject
            {
                ["site"] = Score(scores.Site),
                ["steps"] = new JsonArray([.. scores.Steps.Select(s => Keyed("step", s))]),
                ["groups"] = new JsonArray([.. scores.Groups.Select(g => Keyed("group", g))]),
                ["zones"] = new JsonArray([.. scores.Zones.Select(Zone)]),
            },
            ["disagreements"] = new JsonArray([.. round.Disagreements.Select(Disagreement)]),
            ["comparison"] = round.Comparison is { } comparison ? Comparison(round.Previous!.Path, comparison) : null,
        };
    }

    private static JsonObject Scope(AssessmentScope scope) => new()
    {
        ["zones"] = Strings(scope.Zones),
        ["steps"] = Strings(scope.Steps),
        ["groups"] = Strings(scope.Groups),
    };

    private static JsonObject Score(Score score) => new()
    {
        ["value"] = score.Value is { } value ? Math.Round(value, 4) : null,
        ["questions"] = score.Questions,
        ["answered"] = score.Answered,
        ["notApplicable"] = score.NotApplicable,
        ["unanswered"] = score.Unanswered,
        ["levelSum"] = score.LevelSum,
        ["maxLevel"] = score.MaxLevel,
    };

    private static JsonObject Keyed(string key, KeyedScore score)
    {
        var node = new JsonObject { [key] = score.Key };
        foreach (var (name, value) in Score(score.Score))
        {
            node[name] = value?.DeepClone();
        }

        return node;
    }

    private static JsonObject Zone(ZoneScore zone) => new()
    {
        ["zone"] = zone.Zone,
        ["targetLevel"] = zone.TargetLevel,
        ["achievedLevel"] = zone.AchievedLevel,
        ["met"] = zone.Met,
        ["score"] = Score(zone.Score),
        ["requirements"] = new JsonArray([.. zone.Requirements.Select(r => new JsonObject
        {
            ["requirement"] = r.Requirement,
            ["achievedLevel"] = r.AchievedLevel,
            ["score"] = Score(r.Score),
        })]),
    };

    private static JsonObject Disagreement(Disagreement disagreement) => new()
    {
        ["question"] = disagreement.Question.Id,
        ["countermeasure"] = disagreement.Countermeasure,
        ["zone"] = disagreement.Zone,
        ["answered"] = disagreement.Answered,
        ["current"] = disagreement.Current,
        ["currentRecorded"] = disagreement.CurrentRecorded,
    };

    private static JsonObject Comparison(string previousPath, RoundComparison comparison) => new()
    {
        ["previous"] = previousPath,
        ["improved"] = Strings([.. comparison.Improved.Select(a => a.QuestionId)]),
        ["worsened"] = Strings([.. comparison.Worsened.Select(a => a.QuestionId)]),
        ["scores"] = new JsonArray([.. comparison.Scores.Select(s => new JsonObject
        {
            ["kind"] = Kind(s.Kind),
            ["key"] = s.Key,
            ["zone"] = s.Zone,
            ["before"] = s.Before is { } b ? Math.Round(b, 4) : null,
            ["after"] = s.After is { } a ? Math.Round(a, 4) : null,
            ["direction"] = Direction(s.Direction),
        })]),
    };

    private static string Kind(ScoreKind kind) => kind switch
    {
        ScoreKind.Site => "site",
        ScoreKind.Step => "step",
        ScoreKind.Group => "group",
        ScoreKind.Zone => "zone",
        _ => "requirement",
    };

    private static string Direction(ChangeDirection direction) => direction switch
    {
        ChangeDirection.Improved => "improved",
        ChangeDirection.Worsened => "worsened",
        ChangeDirection.Unchanged => "unchanged",
        _ => "not-comparable",
    };

    private static JsonArray Strings(IReadOnlyList<string> values) => [.. values.Select(v => (JsonNode)v)];
}
