using System.Collections.Frozen;
using FactoryCps.Countermeasures;
using FactoryCps.Guideline;

namespace FactoryCps.Threats;

/// <summary>
/// The part of the catalogue that says which threats apply and what they require: the threats and their rules,
/// the countermeasures per threat, the risk model and the scales. A slice, because the whole catalogue sits above
/// this folder (it is made of the concepts' definitions, these among them).
/// </summary>
internal sealed record ThreatKnowledge(
    IReadOnlyList<Threat> Threats,
    FrozenDictionary<string, Threat> ThreatsById,
    IReadOnlyList<ThreatRule> Rules,
    Func<string, IReadOnlyList<Countermeasure>> CountermeasuresFor,
    RiskModel RiskModel,
    IReadOnlyList<ScaleLevel> ImportanceScale,
    LevelMapping LevelMapping);
