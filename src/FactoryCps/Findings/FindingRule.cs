using FactoryCps.Guideline;
using FactoryCps.Localization;
using FactoryCps.Rules;

namespace FactoryCps.Findings;

/// <summary>
/// A finding the analysis reports when its condition holds for a model element, e.g. an asset bound to no
/// operation. Messages may name the subject with <c>{id}</c> and <c>{name}</c>.
/// </summary>
internal sealed record FindingRule : CatalogItem
{
    public static IReadOnlyList<string> Severities { get; } = ["high", "medium", "low", "info"];

    public required string Id { get; init; }

    public required string Subject { get; init; }

    public required RuleCondition When { get; init; }

    public required string Severity { get; init; }

    public required LocalizedText Message { get; init; }

    /// <summary>The guideline section the finding refers to, in the same syntax as <see cref="CatalogItem.Source"/>.</summary>
    public required string Reference { get; init; }
}
