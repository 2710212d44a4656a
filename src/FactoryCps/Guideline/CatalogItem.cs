using FactoryCps.Diagnostics;
using FactoryCps.Localization;

namespace FactoryCps.Guideline;

/// <summary>How sure we are that a text is METI's: <c>seed</c> texts are the extension summary's own words.</summary>
internal enum Confidence
{
    Seed,
    Derived,
}

/// <summary>Whose words one text is: where it comes from and whether it is the seed's own wording.</summary>
internal sealed record TextMark(string Source, Confidence Confidence);

/// <summary>
/// Where an item comes from, how sure we are of it, and where it was written. <see cref="TextMarks"/> holds the
/// marks of the item's texts that carry their own (a seed title above our description), by field name; every
/// other text of the item is the item's.
/// </summary>
internal sealed record Provenance(string Source, Confidence Confidence, LocalizedText? Note, SourceLocation Location)
{
    public IReadOnlyDictionary<string, TextMark> TextMarks { get; init; } = new Dictionary<string, TextMark>();
}

/// <summary>What every catalogue item carries: its provenance.</summary>
internal abstract record CatalogItem
{
    public required Provenance Provenance { get; init; }

    public string Source => Provenance.Source;

    public Confidence Confidence => Provenance.Confidence;

    public LocalizedText? Note => Provenance.Note;

    /// <summary>File and line the item was read from, for errors found after reading (references, overlays).</summary>
    public SourceLocation Location => Provenance.Location;

    /// <summary>The mark of the item's text in <paramref name="field"/> (<c>title</c>, <c>description</c> …): its own, or the item's.</summary>
    public TextMark MarkOf(string field) =>
        Provenance.TextMarks.TryGetValue(field, out var mark) ? mark : new TextMark(Source, Confidence);

    /// <summary>The mark of the item's title, the text shown wherever the item is named.</summary>
    public TextMark TitleMark => MarkOf(TextFields.Title);
}

/// <summary>The field names of catalogue texts that may carry their own mark, as the YAML and the JSON spell them.</summary>
internal static class TextFields
{
    public const string Title = "title";
    public const string Description = "description";
    public const string Question = "question";
    public const string MainAction = "mainAction";
    public const string Term = "term";
    public const string Message = "message";
}
