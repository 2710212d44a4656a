using FactoryCps.Catalog;
using FactoryCps.Localization;
using FactoryCps.Model;
using FactoryCps.Resources;

namespace FactoryCps.Checklists;

/// <summary>What is wrong with a scope: a zone, step or group that does not exist (each named), or nothing asked at all.</summary>
internal static class ScopeCheck
{
    public static IReadOnlyList<LocalizedText> Problems(AssessmentScope scope, GuidelineCatalog catalog, FactoryModel model)
    {
        var zones = model.Zones.Select(z => z.Id).ToHashSet(StringComparer.Ordinal);
        var steps = catalog.Steps.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var groups = catalog.CountermeasureGroups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. scope.Zones.Where(z => !zones.Contains(z)).Select(z => ChecklistWords.Both(nameof(ChecklistText.ScopeUnknownZone), z)),
            .. scope.Steps.Where(s => !steps.Contains(s)).Select(s => ChecklistWords.Both(nameof(ChecklistText.ScopeUnknownStep), s)),
            .. scope.Groups.Where(g => !groups.Contains(g)).Select(g => ChecklistWords.Both(nameof(ChecklistText.ScopeUnknownGroup), g)),
        ];
    }

    /// <summary>The sentence for a scope whose questions came out empty (callers have the questions already).</summary>
    public static LocalizedText AsksNothing => ChecklistWords.Both(nameof(ChecklistText.ScopeAsksNothing));
}
