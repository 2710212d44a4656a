using FactoryCps.Localization;

namespace FactoryCps.Procurement;

/// <summary>
/// A procurement specification as a document, already in one language: what the Word, HTML and Markdown
/// writers render. It holds only text, so the buyer's editable copy and the web download say the same.
/// </summary>
internal sealed record SpecificationDocument(
    Language Language,
    string Title,
    string Subtitle,
    IReadOnlyList<(string Label, string Value)> Meta,
    IReadOnlyList<SpecificationSection> Sections,
    string Footer);

/// <summary>One numbered section; <paramref name="Key"/> is its heading's resource key, stable across languages.</summary>
internal sealed record SpecificationSection(string Key, string Heading, IReadOnlyList<DocumentBlock> Blocks);

internal abstract record DocumentBlock;

/// <summary>A heading inside a section: <paramref name="Depth"/> 1 is one level below the section's, 2 two.</summary>
internal sealed record SubHeading(string Text, int Depth = 1) : DocumentBlock;

internal sealed record Paragraph(string Text) : DocumentBlock;

/// <summary>Requirement clauses as a bulleted list, or a numbered one for documents to deliver.</summary>
internal sealed record ItemList(IReadOnlyList<string> Items, bool Numbered = false) : DocumentBlock;

internal sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;
