using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FactoryCps.Documents;

/// <summary>
/// A document as Word (Open XML SDK) that its reader edits: real heading styles (numbered
/// automatically, so inserted sections renumber), Word lists, tables with a repeating header row, A4 pages.
/// Styles and numbering are defined in the document's own parts, so it looks the same in any Word.
/// </summary>
internal static class DocumentDocx
{
    /// <summary>Usable text width of an A4 page with 20 mm margins, in twentieths of a point.</summary>
    private const int TextWidth = 11906 - (2 * 1134);

    public static void Write(TextDocument document, Stream output)
    {
        using var word = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        word.PackageProperties.Title = $"{document.Title} — {document.Subtitle}";
        word.PackageProperties.Creator = "FactoryCPS";
        word.PackageProperties.Language = document.Language == Localization.Language.En ? "en-US" : "ja-JP";
        var main = word.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = DocumentDocxStyles.Styles(document.Language);
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        var lists = new DocumentDocxNumbering();

        var body = new W.Body();
        body.Append(Para(document.Title, "Title"));
        body.Append(Para(document.Subtitle, "Subtitle"));
        foreach (var (label, value) in document.Meta)
        {
            body.Append(new W.Paragraph(
                new W.ParagraphProperties(new W.ParagraphStyleId { Val = "Meta" }),
                new W.Run(new W.RunProperties(new W.Bold()), Text(label + ": ")),
                new W.Run(Text(value))));
        }

        foreach (var section in document.Sections)
        {
            body.Append(Para(section.Heading, "Heading1"));
            foreach (var block in section.Blocks)
            {
                foreach (var element in Block(block, lists))
                {
                    body.Append(element);
                }
            }
        }

        body.Append(Para(document.Footer, "Note"));
        body.Append(new W.SectionProperties(
            new W.PageSize { Width = 11906, Height = 16838 },
            new W.PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 }));
        main.Document = new W.Document(body);
        numbering.Numbering = lists.Build();
        main.Document.Save();
    }

    private static IEnumerable<OpenXmlElement> Block(DocumentBlock block, DocumentDocxNumbering lists)
    {
        switch (block)
        {
            case SubHeading heading:
                return [Para(heading.Text, heading.Depth == 1 ? "Heading2" : "Heading3")];
            case Paragraph paragraph:
                return [Para(paragraph.Text, null)];
            case ItemList list:
                var number = list.Numbered ? lists.NewNumberedList() : DocumentDocxNumbering.Bullets;
                return list.Items.Select(item => new W.Paragraph(
                    new W.ParagraphProperties(
                        new W.ParagraphStyleId { Val = "ListParagraph" },
                        new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = number })),
                    new W.Run(Text(item))));
            case Table table:
                return [Grid(table), Para("", null)];
            case Figure figure:
                return [Para(figure.Text, null)];
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block.");
        }
    }

    private static W.Table Grid(Table table)
    {
        var columns = table.Headers.Count;
        var width = TextWidth / Math.Max(columns, 1);
        var grid = new W.Table(
            new W.TableProperties(
                new W.TableStyle { Val = "TableGrid" },
                new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct },
                new W.TableLayout { Type = W.TableLayoutValues.Autofit },
                new W.TableLook { Val = "04A0" }),
            new W.TableGrid([.. Enumerable.Range(0, columns).Select(_ => new W.GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) })]));
        grid.Append(Row(table.Headers, header: true, width));
        foreach (var row in table.Rows)
        {
            grid.Append(Row(row, header: false, width));
        }

        return grid;
    }

    private static W.TableRow Row(IReadOnlyList<string> cells, bool header, int width)
    {
        var row = new W.TableRow();
        if (header)
        {
            row.Append(new W.TableRowProperties(new W.TableHeader(), new W.CantSplit()));
        }
        else if (cells.Any(string.IsNullOrEmpty))
        {
            // A line to fill in by hand (a signature): about a centimetre of room.
            row.Append(new W.TableRowProperties(new W.TableRowHeight { Val = 567U, HeightType = W.HeightRuleValues.AtLeast }, new W.CantSplit()));
        }

        foreach (var cell in cells)
        {
            var run = new W.Run(Text(cell));
            if (header)
            {
                run.PrependChild(new W.RunProperties(new W.Bold()));
            }

            row.Append(new W.TableCell(
                new W.TableCellProperties(
                    new W.TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
                    header ? new W.Shading { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = "ECEFF1" } : new W.Shading { Val = W.ShadingPatternValues.Nil }),
                new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = "TableText" }), run)));
        }

        return row;
    }

    private static W.Paragraph Para(string text, string? style)
    {
        var paragraph = new W.Paragraph();
        if (style is not null)
        {
            paragraph.Append(new W.ParagraphProperties(new W.ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new W.Run(Text(text)));
        return paragraph;
    }

    /// <summary>Text with spaces kept; characters XML cannot hold (control characters from user input) are dropped.</summary>
    private static W.Text Text(string text) =>
        new(new string([.. text.Where(ch => XmlConvertible(ch))])) { Space = SpaceProcessingModeValues.Preserve };

    private static bool XmlConvertible(char ch) => ch is '\t' or '\n' or '\r' || (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF);
}
