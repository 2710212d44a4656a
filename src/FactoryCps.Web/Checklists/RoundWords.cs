using System.Collections.Frozen;
using FactoryCps.Catalog;
using FactoryCps.Guideline;
using FactoryCps.Web.Hosting;

namespace FactoryCps.Web.Checklists;

/// <summary>
/// The catalogue's words a round shows, in the request's language: each question's text and whose words it is,
/// the steps' and countermeasure groups' titles, and the achievement scale's levels. Never an id where a word belongs.
/// </summary>
internal sealed class RoundWords(GuidelineCatalog catalog)
{
    private readonly FrozenDictionary<string, ChecklistItem> _items = catalog.Checklist.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);

    public GuidelineCatalog Catalog => catalog;

    public IReadOnlyList<ScaleLevel> Levels => catalog.AchievementScale;

    public bool IsQuestion(string itemId) => _items.ContainsKey(itemId);

    public string Question(string itemId) => _items.TryGetValue(itemId, out var item) ? Lang.T(item.Question) : itemId;

    /// <summary>Whose words the question is (the guideline's seed, or FactoryCPS's summary).</summary>
    public TextMark Mark(string itemId) =>
        _items.TryGetValue(itemId, out var item) ? new TextMark(item.Source, item.Confidence) : new TextMark("factorycps", Confidence.Derived);

    public string Step(string id) => catalog.Steps.FirstOrDefault(s => s.Id == id) is { } step ? $"{id} {Lang.T(step.Title)}" : id;

    public string Group(string? id) => id is null ? "" : catalog.CountermeasureGroups.FirstOrDefault(g => g.Id == id) is { } group ? Lang.T(group.Title) : id;

    public string Level(int level) => catalog.AchievementScale.FirstOrDefault(l => l.Value == level) is { } found ? $"{level} {Lang.T(found.Label)}" : level.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool IsStep(string id) => catalog.Steps.Any(s => s.Id == id);

    public bool IsGroup(string id) => catalog.CountermeasureGroups.Any(g => g.Id == id);
}
