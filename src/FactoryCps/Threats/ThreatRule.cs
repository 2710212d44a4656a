using FactoryCps.Guideline;
using FactoryCps.Localization;
using FactoryCps.Rules;

namespace FactoryCps.Threats;

/// <summary>When a threat applies to a model: a subject kind, a checked condition, and where it lands.</summary>
internal sealed record ThreatRule : CatalogItem
{
    public required string Id { get; init; }

    public required string Threat { get; init; }

    public required string Subject { get; init; }

    public required RuleCondition When { get; init; }

    public required RulePath At { get; init; }

    /// <summary>How much a match raises the threat's level (0..2), e.g. for a path from outside.</summary>
    public required int Exposure { get; init; }

    public required LocalizedText Description { get; init; }
}
