namespace FactoryCps.Checklists;

/// <summary>Which way something moved since the previous round.</summary>
internal enum ChangeDirection
{
    Unchanged,
    Improved,
    Worsened,

    /// <summary>Nothing to compare: the question is new, or "not applicable" on one side, or a score exists on one side only.</summary>
    NotComparable,
}

/// <summary>One question's answer in the previous round and now (a level, or null: unanswered or not applicable).</summary>
internal sealed record AnswerChange(string QuestionId, AssessmentAnswer? Before, AssessmentAnswer? After, ChangeDirection Direction);

/// <summary>One score in the previous round and now; <see cref="Zone"/> is set for a foundational requirement's score.</summary>
internal sealed record ScoreChange(ScoreKind Kind, string Key, string? Zone, double? Before, double? After, ChangeDirection Direction);

/// <summary>What improved and what worsened since the previous round, per question and per score.</summary>
internal sealed record RoundComparison(IReadOnlyList<AnswerChange> Answers, IReadOnlyList<ScoreChange> Scores)
{
    public IEnumerable<AnswerChange> Improved => Answers.Where(a => a.Direction == ChangeDirection.Improved);

    public IEnumerable<AnswerChange> Worsened => Answers.Where(a => a.Direction == ChangeDirection.Worsened);

    /// <summary>
    /// Compares by question id (stable across rounds): an unanswered question counts as level 0, as in a score; "not
    /// applicable" on either side is not comparable. Every question of the current round is listed, then those only the
    /// previous round asked. Scores compare by kind and key.
    /// </summary>
    public static RoundComparison Compare(
        IReadOnlyList<AssessmentQuestion> previousQuestions,
        IReadOnlyDictionary<string, AssessmentAnswer> previousAnswers,
        AssessmentScores previousScores,
        IReadOnlyList<AssessmentQuestion> questions,
        IReadOnlyDictionary<string, AssessmentAnswer> answers,
        AssessmentScores scores)
    {
        var askedBefore = previousQuestions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var askedNow = questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var changes = new List<AnswerChange>();
        foreach (var id in questions.Select(q => q.Id).Concat(previousQuestions.Select(q => q.Id).Where(id => !askedNow.Contains(id))))
        {
            var before = previousAnswers.GetValueOrDefault(id);
            var after = answers.GetValueOrDefault(id);
            var direction = !askedBefore.Contains(id) || !askedNow.Contains(id) || before is { NotApplicable: true } || after is { NotApplicable: true }
                ? (before?.NotApplicable == true && after?.NotApplicable == true ? ChangeDirection.Unchanged : ChangeDirection.NotComparable)
                : Direction(before?.Level ?? 0, after?.Level ?? 0);
            changes.Add(new AnswerChange(id, before, after, direction));
        }

        return new RoundComparison(changes, [.. CompareScores(Flatten(previousScores), Flatten(scores))]);
    }

    private static IEnumerable<ScoreChange> CompareScores(List<(ScoreKind Kind, string Key, string? Zone, Score Score)> before, List<(ScoreKind Kind, string Key, string? Zone, Score Score)> now)
    {
        var old = before.ToDictionary(s => (s.Kind, s.Key, s.Zone), s => s.Score.Value);
        foreach (var (kind, key, zone, score) in now)
        {
            var had = old.TryGetValue((kind, key, zone), out var was);
            yield return new ScoreChange(kind, key, zone, was, score.Value, !had || was is null || score.Value is null ? ChangeDirection.NotComparable : Direction(was.Value, score.Value.Value));
        }
    }

    private static List<(ScoreKind Kind, string Key, string? Zone, Score Score)> Flatten(AssessmentScores scores) =>
    [
        (ScoreKind.Site, "site", null, scores.Site),
        .. scores.Steps.Select(s => (ScoreKind.Step, s.Key, (string?)null, s.Score)),
        .. scores.Groups.Select(g => (ScoreKind.Group, g.Key, (string?)null, g.Score)),
        .. scores.Zones.Select(z => (ScoreKind.Zone, z.Zone, (string?)null, z.Score)),
        .. scores.Zones.SelectMany(z => z.Requirements.Select(r => (ScoreKind.Requirement, r.Requirement, (string?)z.Zone, r.Score))),
    ];

    private static ChangeDirection Direction(double before, double after) =>
        after > before + 1e-9 ? ChangeDirection.Improved : after < before - 1e-9 ? ChangeDirection.Worsened : ChangeDirection.Unchanged;
}
