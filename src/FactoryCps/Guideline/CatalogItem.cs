using FactoryCps.Diagnostics;
using FactoryCps.Localization;

namespace FactoryCps.Guideline;

/// <summary>How sure we are that a text is METI's: <c>seed</c> texts are the extension summary's own words.</summary>
internal enum Confidence
{
    Seed,
    Derived,
}

/// <summary>Where an item comes from, how sure we are of it, and where it was written.</summary>
internal sealed record Provenance(string Source, Confidence Confidence, LocalizedText? Note, SourceLocation Location);

/// <summary>What every catalogue item carries: its provenance.</summary>
internal abstract record CatalogItem
{
    public required Provenance Provenance { get; init; }

    public string Source => Provenance.Source;

    public Confidence Confidence => Provenance.Confidence;

    public LocalizedText? Note => Provenance.Note;

    /// <summary>File and line the item was read from, for errors found after reading (references, overlays).</summary>
    public SourceLocation Location => Provenance.Location;
}
