using FactoryCps.Guideline;
using FactoryCps.Localization;

namespace FactoryCps.Glossary;

/// <summary>
/// One term of the glossary: the word we use for a concept in both languages and the variants we do not. The item's
/// provenance is the definition's (our text); <see cref="TermConfidence"/> says whether the Japanese term is the
/// guideline's own wording.
/// </summary>
internal sealed record GlossaryEntry : CatalogItem
{
    public required string Id { get; init; }

    public required LocalizedText Term { get; init; }

    /// <summary>The Japanese term's reading in hiragana (よみ).</summary>
    public required string Reading { get; init; }

    public required Confidence TermConfidence { get; init; }

    public required LocalizedText Definition { get; init; }

    /// <summary>Words that mean this concept but are not ours; a test fails when resources or the catalogue use one.</summary>
    public required IReadOnlyList<string> RejectsJa { get; init; }

    public required IReadOnlyList<string> RejectsEn { get; init; }
}
