namespace FactoryCps.Checklists;

/// <summary>
/// One score (docs/assessment.md, "How a score is computed"): the levels of the questions it counts added up, over
/// the highest level times the questions that apply. "Not applicable" answers are left out; an unanswered question
/// counts as level 0 (nothing shown to be in place is not counted as in place). <see cref="Value"/> is 0..1, null
/// when every question is not applicable.
/// </summary>
internal sealed record Score(int Questions, int Answered, int NotApplicable, int LevelSum, int MaxLevel)
{
    public int Unanswered => Questions - Answered - NotApplicable;

    public int Applicable => Questions - NotApplicable;

    public double? Value => Applicable == 0 || MaxLevel == 0 ? null : (double)LevelSum / (MaxLevel * Applicable);
}

/// <summary>What a score is of, for its sentence on hover (<see cref="ScoreExplanation"/>) and for comparing rounds.</summary>
internal enum ScoreKind
{
    Site,
    Step,
    Group,
    Zone,
    Requirement,
}

/// <summary>A step's (<c>2-2</c>) or a countermeasure group's (<c>network</c>) score.</summary>
internal sealed record KeyedScore(string Key, Score Score);

/// <summary>
/// A zone's score over the countermeasures its target level requires, the highest level up to the target at which
/// all of them required from that level down are achieved, and the same per IEC 62443-3-3 foundational requirement.
/// </summary>
internal sealed record ZoneScore(string Zone, int TargetLevel, int AchievedLevel, Score Score, IReadOnlyList<RequirementScore> Requirements)
{
    public bool Met => AchievedLevel >= TargetLevel;
}

/// <summary>A zone's score and achieved level over the required countermeasures that map to one FR (FR1 … FR7).</summary>
internal sealed record RequirementScore(string Requirement, int AchievedLevel, Score Score);

/// <summary>A round's scores: the site, each step, each countermeasure group, each zone (in catalogue and model order).</summary>
internal sealed record AssessmentScores(Score Site, IReadOnlyList<KeyedScore> Steps, IReadOnlyList<KeyedScore> Groups, IReadOnlyList<ZoneScore> Zones);
