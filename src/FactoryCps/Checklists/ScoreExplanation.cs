using FactoryCps.Localization;
using FactoryCps.Resources;

namespace FactoryCps.Checklists;

/// <summary>The sentence that says how a kind of score is computed: what a page shows on hover (docs/assessment.md).</summary>
internal static class ScoreExplanation
{
    public static string For(ScoreKind kind, int maxLevel, int achievedFrom, Language language) => kind switch
    {
        ScoreKind.Site => ChecklistWords.Text(nameof(ChecklistText.ScoreHowSite), language, maxLevel),
        ScoreKind.Step => ChecklistWords.Text(nameof(ChecklistText.ScoreHowStep), language, maxLevel),
        ScoreKind.Group => ChecklistWords.Text(nameof(ChecklistText.ScoreHowGroup), language, maxLevel),
        ScoreKind.Zone => ChecklistWords.Text(nameof(ChecklistText.ScoreHowZone), language, maxLevel, achievedFrom),
        _ => ChecklistWords.Text(nameof(ChecklistText.ScoreHowFr), language),
    };

    /// <summary>The same with the catalogue's scale: its highest level and the lowest level that means implemented.</summary>
    public static string For(ScoreKind kind, Catalog.GuidelineCatalog catalog, Language language) =>
        For(kind, catalog.AchievementMapping.MaxLevel, catalog.AchievementMapping.LevelOf("implemented") ?? catalog.AchievementMapping.MaxLevel, language);
}
