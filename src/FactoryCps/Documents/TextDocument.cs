using FactoryCps.Localization;

namespace FactoryCps.Documents;

/// <summary>
/// A printable document already in one language (a procurement specification, a review's report): what the Word and
/// HTML writers (<see cref="DocumentDocx"/>, <see cref="DocumentHtml"/>) render. It holds only text (and pictures with
/// their text), so the editable copy and the web download say the same.
/// </summary>
internal sealed record TextDocument(
    Language Language,
    string Title,
    string Subtitle,
    IReadOnlyList<(string Label, string Value)> Meta,
    IReadOnlyList<DocumentSection> Sections,
    string Footer);

/// <summary>One numbered section; <paramref name="Key"/> is its heading's resource key, stable across languages.</summary>
internal sealed record DocumentSection(string Key, string Heading, IReadOnlyList<DocumentBlock> Blocks);

internal abstract record DocumentBlock;

/// <summary>A heading inside a section: <paramref name="Depth"/> 1 is one level below the section's, 2 two.</summary>
internal sealed record SubHeading(string Text, int Depth = 1) : DocumentBlock;

internal sealed record Paragraph(string Text) : DocumentBlock;

/// <summary>Requirement clauses as a bulleted list, or a numbered one for documents to deliver.</summary>
internal sealed record ItemList(IReadOnlyList<string> Items, bool Numbered = false) : DocumentBlock;

/// <summary>
/// A table; an empty cell is a line to fill in by hand (a signature, a date), so the writers give it room to write.
/// </summary>
internal sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;

/// <summary>
/// A picture drawn as SVG (presentation attributes only, no script or inline style) and the sentence that says what it
/// shows: the HTML shows the picture, the Word document the sentence (a table beside it gives the numbers).
/// </summary>
internal sealed record Figure(string Svg, string Text) : DocumentBlock;
