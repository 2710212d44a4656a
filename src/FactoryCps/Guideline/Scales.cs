using FactoryCps.Localization;
using FactoryCps.Rules;

namespace FactoryCps.Guideline;

internal sealed record ScaleLevel(int Value, LocalizedText Label, LocalizedText? Description);

/// <summary>Zone importance → target security level (factory-model spec, derivation 3), as data.</summary>
internal sealed record LevelMapping : CatalogItem
{
    public required int MaxLevel { get; init; }

    public required IReadOnlyDictionary<int, int> Base { get; init; }

    public required IReadOnlyList<LevelRaise> Raises { get; init; }
}

internal sealed record LevelRaise(string Id, RuleCondition When, int By, LocalizedText Description);
