using FactoryCps.Localization;

namespace FactoryCps.Guideline;

/// <summary>
/// The IPA-style risk model: risk score = importance × threat level × vulnerability level, mapped to grades.
/// Vulnerability comes from how much of the required countermeasures is in place (status weights in percent).
/// </summary>
internal sealed record RiskModel : CatalogItem
{
    public required IReadOnlyDictionary<string, int> StatusWeights { get; init; }

    /// <summary>Thresholds, highest first: the first whose <c>MinPercent</c> the share in place reaches gives the level.</summary>
    public required IReadOnlyList<VulnerabilityStep> Vulnerability { get; init; }

    /// <summary>Grades, highest first: the first whose <c>MinScore</c> the score reaches.</summary>
    public required IReadOnlyList<RiskGrade> Grades { get; init; }

    public int VulnerabilityLevel(int percentInPlace)
    {
        foreach (var step in Vulnerability)
        {
            if (percentInPlace >= step.MinPercent)
            {
                return step.Level;
            }
        }

        throw new InvalidOperationException($"No vulnerability step for {percentInPlace} %.");
    }

    public RiskGrade Grade(int score)
    {
        foreach (var grade in Grades)
        {
            if (score >= grade.MinScore)
            {
                return grade;
            }
        }

        throw new InvalidOperationException($"No risk grade for score {score}.");
    }
}

internal sealed record VulnerabilityStep(int MinPercent, int Level);

internal sealed record RiskGrade(string Grade, int MinScore, LocalizedText Label);
