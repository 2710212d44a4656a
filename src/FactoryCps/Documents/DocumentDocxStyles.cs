using DocumentFormat.OpenXml;
using FactoryCps.Localization;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FactoryCps.Documents;

/// <summary>
/// The styles part: Word's own style ids (Title, Heading1-3, ListParagraph, TableGrid) so the buyer's navigation
/// pane, table of contents and style gallery work on the document; Japanese fonts and language for East Asian text.
/// </summary>
internal static class DocumentDocxStyles
{
    public static W.Styles Styles(Language language)
    {
        var styles = new W.Styles(
            new W.DocDefaults(
                new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                    new W.RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", EastAsia = "Yu Gothic", ComplexScript = "Arial" },
                    new W.FontSize { Val = "21" },
                    new W.Languages { Val = language == Language.En ? "en-US" : "ja-JP", EastAsia = "ja-JP" })),
                new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(new W.SpacingBetweenLines { After = "120", Line = "276", LineRule = W.LineSpacingRuleValues.Auto }))));

        styles.Append(Paragraph("Normal", "Normal", null, isDefault: true));
        styles.Append(Paragraph("Title", "Title", null, run: [new W.Bold(), new W.FontSize { Val = "40" }], paragraph: [new W.SpacingBetweenLines { After = "60" }]));
        styles.Append(Paragraph("Subtitle", "Subtitle", null, run: [new W.Color { Val = "546E7A" }, new W.FontSize { Val = "28" }], paragraph: [new W.SpacingBetweenLines { After = "240" }]));
        styles.Append(Paragraph("Heading1", "heading 1", 0, run: [new W.Bold(), new W.FontSize { Val = "30" }], paragraph:
        [
            new W.KeepNext(),
            new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = DocumentDocxNumbering.Headings }),
            new W.ParagraphBorders(new W.BottomBorder { Val = W.BorderValues.Single, Size = 8, Space = 1, Color = "212121" }),
            new W.SpacingBetweenLines { Before = "360", After = "120" },
        ]));
        styles.Append(Paragraph("Heading2", "heading 2", 1, run: [new W.Bold(), new W.FontSize { Val = "25" }], paragraph: [new W.KeepNext(), new W.SpacingBetweenLines { Before = "240", After = "80" }]));
        styles.Append(Paragraph("Heading3", "heading 3", 2, run: [new W.Bold(), new W.FontSize { Val = "22" }], paragraph: [new W.KeepNext(), new W.SpacingBetweenLines { Before = "160", After = "60" }]));
        styles.Append(Paragraph("ListParagraph", "List Paragraph", null, paragraph: [new W.SpacingBetweenLines { After = "60" }, new W.Indentation { Left = "720" }]));
        styles.Append(Paragraph("Meta", "Meta", null, paragraph: [new W.SpacingBetweenLines { After = "0" }]));
        styles.Append(Paragraph("TableText", "Table Text", null, run: [new W.FontSize { Val = "18" }], paragraph: [new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto }]));
        styles.Append(Paragraph("Note", "Note", null, run: [new W.Color { Val = "546E7A" }, new W.FontSize { Val = "17" }], paragraph: [new W.SpacingBetweenLines { Before = "480" }]));
        styles.Append(new W.Style(
            new W.StyleName { Val = "Table Grid" },
            new W.UIPriority { Val = 59 },
            new W.StyleTableProperties(
                new W.TableBorders(
                    new W.TopBorder { Val = W.BorderValues.Single, Size = 4, Color = "B0BEC5" },
                    new W.LeftBorder { Val = W.BorderValues.Single, Size = 4, Color = "B0BEC5" },
                    new W.BottomBorder { Val = W.BorderValues.Single, Size = 4, Color = "B0BEC5" },
                    new W.RightBorder { Val = W.BorderValues.Single, Size = 4, Color = "B0BEC5" },
                    new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4, Color = "B0BEC5" },
                    new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4, Color = "B0BEC5" }),
                new W.TableCellMarginDefault(
                    new W.TopMargin { Width = "40", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellLeftMargin { Width = 80, Type = W.TableWidthValues.Dxa },
                    new W.BottomMargin { Width = "40", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellRightMargin { Width = 80, Type = W.TableWidthValues.Dxa })))
        { Type = W.StyleValues.Table, StyleId = "TableGrid" });
        return styles;
    }

    /// <summary>A paragraph style; its properties are given in schema order, the outline level (for headings) last.</summary>
    private static W.Style Paragraph(string id, string name, int? outline, bool isDefault = false, OpenXmlElement[]? run = null, OpenXmlElement[]? paragraph = null)
    {
        var style = new W.Style { Type = W.StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new W.StyleName { Val = name });
        if (!isDefault)
        {
            style.Append(new W.BasedOn { Val = "Normal" });
            style.Append(new W.NextParagraphStyle { Val = "Normal" });
        }

        style.Append(new W.PrimaryStyle());
        var properties = new W.StyleParagraphProperties([.. (paragraph ?? []).Select(e => e.CloneNode(true))]);
        if (outline is { } level)
        {
            properties.Append(new W.OutlineLevel { Val = level });
        }

        style.Append(properties);
        if (run is { Length: > 0 })
        {
            style.Append(new W.StyleRunProperties([.. run.Select(e => e.CloneNode(true))]));
        }

        return style;
    }
}
