using FactoryCps.Guideline;
using FactoryCps.Localization;

namespace FactoryCps.Provenance;

/// <summary>
/// What an explanation is put into words with, gathered by the caller that knows the model and the catalogue
/// (this folder sits below both): the names of the model's elements, the catalogue's description of each rule
/// that an explanation can name (threat rules by id, level raises as "level-raise:{id}"), and the importance
/// scale whose labels follow a value.
/// </summary>
internal sealed record ExplanationWords(
    Func<string, string, string?> NameOf,
    IReadOnlyDictionary<string, LocalizedText> RuleDescriptions,
    IReadOnlyList<ScaleLevel> ImportanceScale);
