using FactoryCps.Guideline;
using FactoryCps.Localization;

namespace FactoryCps.Catalog;

/// <summary>A step of the guideline (1-1 … 1-7, 2-1, 2-2, 3) with the extension's points for smart factories.</summary>
internal sealed record Step : CatalogItem
{
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>本編の記載: the main guideline's basic action for this step.</summary>
    public required LocalizedText MainAction { get; init; }

    public required Confidence MainActionConfidence { get; init; }

    /// <summary>スマート化のポイント: what changes when the plant is made smart.</summary>
    public required LocalizedText SmartPoint { get; init; }

    public required IReadOnlyList<StepPoint> Points { get; init; }

    public IEnumerable<StepPoint> AllPoints() => Points.SelectMany(p => p.SelfAndDescendants());
}

internal sealed record StepPoint : CatalogItem
{
    public required string Id { get; init; }

    public string? Label { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Description { get; init; }

    /// <summary>
    /// The seed has no self-assessment questions: every point's question is FactoryCPS's wording, whatever the
    /// point's own mark says about its title and description.
    /// </summary>
    public const Confidence QuestionConfidence = Confidence.Derived;

    /// <summary>Self-assessment question for the checklist; leaves of the tree have one.</summary>
    public LocalizedText? Question { get; init; }

    public required IReadOnlyList<StepPoint> Points { get; init; }

    public IEnumerable<StepPoint> SelfAndDescendants() => Points.SelectMany(p => p.SelfAndDescendants()).Prepend(this);
}
