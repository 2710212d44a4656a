using FactoryCps.Reports;

namespace FactoryCps.Documents;

/// <summary>
/// A document as one self-contained HTML page (no external request, a CSP forbidding them), printable on
/// A4; every text goes through <see cref="HtmlWriter"/>, which escapes it.
/// </summary>
internal static class DocumentHtml
{
    private const string Css = """
        body { font-family: "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic", Meiryo, sans-serif;
               color: #212121; margin: 24px auto; max-width: 960px; padding: 0 16px; line-height: 1.7; font-size: 10.5pt; line-break: strict; }
        h1 { font-size: 20pt; margin: 0; } p.subtitle { font-size: 13pt; color: #546e7a; margin: 4px 0 12px; }
        h2 { font-size: 14pt; border-bottom: 2px solid #212121; padding-bottom: 4px; margin-top: 28px; }
        h3 { font-size: 12pt; margin: 18px 0 6px; } h4 { font-size: 11pt; margin: 14px 0 4px; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; } dt { color: #546e7a; } dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 9pt; }
        th, td { border: 1px solid #cfd8dc; padding: 3px 6px; vertical-align: top; text-align: left; } th { background: #eceff1; }
        td:empty { height: 2.6em; } figure { margin: 6px 0 12px; } figure svg { max-width: 100%; height: auto; } figcaption { font-size: 9pt; color: #546e7a; }
        footer { margin-top: 32px; color: #546e7a; font-size: 8.5pt; border-top: 1px solid #cfd8dc; padding-top: 8px; }
        @page { size: A4; margin: 16mm 14mm; }
        @media print { body { margin: 0; max-width: none; } h2, h3, h4 { break-after: avoid; } tr { break-inside: avoid; } thead { display: table-header-group; } }
        """;

    public static string Render(TextDocument document)
    {
        var html = new HtmlWriter();
        html.Raw("<!DOCTYPE html><html lang=\"").Raw(document.Language == Localization.Language.En ? "en" : "ja").Raw("\"><head><meta charset=\"utf-8\">")
            .Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Element("title", $"{document.Title} — {document.Subtitle}")
            .Raw("<style>").Raw(Css).Raw("</style></head><body><header>")
            .Element("h1", document.Title).Element("p", document.Subtitle, "subtitle").Raw("<dl>");
        foreach (var (label, value) in document.Meta)
        {
            html.Element("dt", label).Element("dd", value);
        }

        html.Raw("</dl></header>");
        var number = 0;
        foreach (var section in document.Sections)
        {
            html.Section(section.Key, $"{++number}. {section.Heading}", h => Blocks(h, section.Blocks), pageBreak: false);
        }

        return html.Element("footer", document.Footer).Raw("</body></html>").ToString();
    }

    private static void Blocks(HtmlWriter html, IReadOnlyList<DocumentBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case SubHeading heading:
                    html.Element(heading.Depth == 1 ? "h3" : "h4", heading.Text);
                    break;
                case Paragraph paragraph:
                    html.Element("p", paragraph.Text);
                    break;
                case ItemList list:
                    html.Raw(list.Numbered ? "<ol>" : "<ul>");
                    foreach (var item in list.Items)
                    {
                        html.Element("li", item);
                    }

                    html.Raw(list.Numbered ? "</ol>" : "</ul>");
                    break;
                case Table table:
                    html.Table(table.Headers, table.Rows.Select(r => (IReadOnlyList<HtmlCell>)[.. r.Select(v => (HtmlCell)v)]));
                    break;
                case Figure figure:
                    // The picture is our own drawing (Charts' Svg escapes every text in it); its sentence is escaped here.
                    html.Raw("<figure>").Raw(figure.Svg).Element("figcaption", figure.Text).Raw("</figure>");
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(blocks), block.GetType().Name, "Unknown block.");
            }
        }
    }
}
