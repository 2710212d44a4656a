using FactoryCps.Guideline;
using FactoryCps.Localization;

namespace FactoryCps.Catalog;

/// <summary>
/// A self-assessment question, answered on the achievement scale (0..4). The checklist is derived from
/// the countermeasures' and step points' questions, so it cannot drift from them. <paramref name="Source"/> and
/// <paramref name="Confidence"/> are the question's own: a seed point's question is still FactoryCPS's wording.
/// </summary>
internal sealed record ChecklistItem(string Id, string Step, string? Group, string SubjectKind, string Subject, LocalizedText Question, string Source, Confidence Confidence);
