using FactoryCps.Catalog;

namespace FactoryCps.Checklists;

/// <summary>
/// One question a round asks: a catalogue checklist item, for the whole site (<see cref="Zone"/> null) or for one
/// zone. <see cref="Id"/> is stable across rounds, so answers carry over and compare: the item's id, with
/// <c>@zone</c> when asked per zone (<c>q-cm-net-segmentation@control-line1</c>).
/// </summary>
internal sealed record AssessmentQuestion(string Id, ChecklistItem Item, string? Zone)
{
    public string Step => Item.Step;

    /// <summary>The countermeasure group; null for a step point's question.</summary>
    public string? Group => Item.Group;

    /// <summary>The countermeasure this question asks about; null for a step point's question.</summary>
    public string? Countermeasure => Item.SubjectKind == "countermeasure" ? Item.Subject : null;

    public static string IdOf(ChecklistItem item, string? zone) => zone is null ? item.Id : $"{item.Id}@{zone}";
}
