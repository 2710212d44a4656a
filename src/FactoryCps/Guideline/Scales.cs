using FactoryCps.Localization;
using FactoryCps.Rules;

namespace FactoryCps.Guideline;

/// <summary>
/// One level of a scale. <paramref name="Status"/> is set on the achievement scale only: the countermeasure status
/// (implemented, partial, planned, missing) an answer at this level means, so that a self-assessment's answers and
/// the Step 2 statuses speak one language (docs/assessment.md, "Answers and statuses").
/// </summary>
internal sealed record ScaleLevel(int Value, LocalizedText Label, LocalizedText? Description, string? Status = null);

/// <summary>Zone importance → target security level (factory-model spec, derivation 3), as data.</summary>
internal sealed record LevelMapping : CatalogItem
{
    public required int MaxLevel { get; init; }

    public required IReadOnlyDictionary<int, int> Base { get; init; }

    public required IReadOnlyList<LevelRaise> Raises { get; init; }
}

internal sealed record LevelRaise(string Id, RuleCondition When, int By, LocalizedText Description);

/// <summary>
/// The achievement scale ⇔ countermeasure status, as the catalogue's <c>achievementScale</c> says it (each level's
/// <c>status</c>); not applicable ⇔ <c>not-applicable</c> is not a level. Checked whole when the catalogue loads
/// (every level has a status, statuses never get worse as the level rises, every status is reached), so an
/// overlay cannot break it silently.
/// </summary>
internal sealed class AchievementMapping
{
    /// <summary>The statuses a level may mean, worst first.</summary>
    public static IReadOnlyList<string> LevelStatuses { get; } = ["missing", "planned", "partial", "implemented"];

    public const string NotApplicable = "not-applicable";

    private readonly Dictionary<int, string> _statusOf;
    private readonly Dictionary<string, int> _levelOf;

    public AchievementMapping(IReadOnlyList<ScaleLevel> scale)
    {
        _statusOf = scale.Where(l => l.Status is not null).ToDictionary(l => l.Value, l => l.Status!);
        _levelOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var level in scale.Where(l => l.Status is not null).OrderBy(l => l.Value))
        {
            _levelOf.TryAdd(level.Status!, level.Value);
        }

        MaxLevel = scale.Count == 0 ? 0 : scale.Max(l => l.Value);
    }

    /// <summary>The highest level (4 in the catalogue): a score is the levels' sum over this times the questions.</summary>
    public int MaxLevel { get; }

    /// <summary>The status an answered level means.</summary>
    public string StatusOf(int level) => _statusOf[level];

    /// <summary>The status an answer means: not applicable, or its level's status.</summary>
    public string StatusOf(int? level, bool notApplicable) => notApplicable || level is null ? NotApplicable : StatusOf(level.Value);

    /// <summary>The lowest level that means <paramref name="status"/> (a pre-filled answer from a status); null for not applicable.</summary>
    public int? LevelOf(string status) => _levelOf.TryGetValue(status, out var level) ? level : null;

    public bool IsLevel(int level) => _statusOf.ContainsKey(level);
}
