using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FactoryCps.Reports;

/// <summary>
/// The workbook (Open XML SDK): one sheet per table of <see cref="ReportTables"/>, each with a bold frozen
/// header row, an auto-filter over the data and column widths that fit the content.
/// </summary>
internal static class XlsxReport
{
    private const uint HeaderStyle = 1;
    private const uint WrapStyle = 2;

    /// <summary>The palette's colours, each a cell format after the three above: grades and statuses fill their cells as on the dashboard.</summary>
    private static readonly IReadOnlyList<Charts.ChartColour> Colours =
        [.. Charts.ChartPalette.Grades.Concat(Charts.ChartPalette.Statuses.Values).Append(Charts.ChartPalette.Empty).Distinct()];

    private static readonly Dictionary<Charts.ChartColour, int> ColourStyles = Colours.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => 3 + p.i);

    public static void Write(ReportContext context, Stream output)
    {
        // The last sheet carries what the other formats say in their footer: who made the workbook and what the
        // derived mark on catalogue texts means.
        IReadOnlyList<SheetTable> tables =
        [
            .. ReportTables.Build(context),
            new(context.L(nameof(Resources.ReportText.SheetAbout)), [context.L(nameof(Resources.ReportText.Title))], [[context.L(nameof(Resources.ReportText.GeneratedBy), context.Version, context.Date)]]),
        ];
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        AddStyles(workbookPart);
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        var definedNames = new DefinedNames();
        uint sheetId = 1;
        foreach (var table in tables)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            WriteSheet(worksheetPart, table);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId, Name = table.Name });
            // Excel keeps a sheet's filter range in this hidden name; without it some readers ignore the filter.
            definedNames.Append(new DefinedName($"'{table.Name}'!{Range(table)}".Replace("!", "!$", StringComparison.Ordinal))
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = sheetId - 1,
                Hidden = true,
            });
            sheetId++;
        }

        workbookPart.Workbook.Append(definedNames);
        workbookPart.Workbook.Save();
    }

    /// <summary>Streams the sheet with <see cref="OpenXmlWriter"/>: a DOM of a few hundred thousand cells costs gigabytes.</summary>
    private static void WriteSheet(WorksheetPart part, SheetTable table)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new StringValue("A2")]) })
        { WorkbookViewId = 0 }));

        var columns = new Columns();
        for (var c = 0; c < table.Headers.Count; c++)
        {
            var longest = table.Rows.Take(2000).Select(r => Width(r.ElementAtOrDefault(c))).Append(Width(table.Headers[c])).Max();
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = Math.Clamp(longest + 2, 6, 60), CustomWidth = true });
        }

        writer.WriteElement(columns);
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, [.. table.Headers], HeaderStyle);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            WriteRow(writer, (uint)(r + 2), table.Rows[r], WrapStyle);
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = Range(table) });
        writer.WriteEndElement();
    }

    /// <summary>Cells are written as bare elements with attributes: no element tree is built per cell.</summary>
    private static void WriteRow(OpenXmlWriter writer, uint index, IReadOnlyList<object?> values, uint style)
    {
        var row = index.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", row)]);
        for (var c = 0; c < values.Count; c++)
        {
            var reference = new OpenXmlAttribute("r", "", Column(c) + row);
            switch (values[c])
            {
                case int number:
                    writer.WriteStartElement(new Cell(), [reference, new OpenXmlAttribute("s", "", (style == HeaderStyle ? HeaderStyle : 0).ToString(CultureInfo.InvariantCulture))]);
                    writer.WriteStartElement(new CellValue());
                    writer.WriteString(number.ToString(CultureInfo.InvariantCulture));
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                    break;
                case ColouredValue coloured:
                    var colourStyle = ColourStyles.GetValueOrDefault(coloured.Colour, (int)WrapStyle);
                    writer.WriteStartElement(new Cell(), [reference, new OpenXmlAttribute("t", "", "inlineStr"), new OpenXmlAttribute("s", "", colourStyle.ToString(CultureInfo.InvariantCulture))]);
                    writer.WriteStartElement(new InlineString());
                    writer.WriteStartElement(new Text());
                    writer.WriteString(Clean(coloured.Text));
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                    break;
                case null:
                    writer.WriteStartElement(new Cell(), [reference, new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture))]);
                    writer.WriteEndElement();
                    break;
                case var text:
                    writer.WriteStartElement(new Cell(), [reference, new OpenXmlAttribute("t", "", "inlineStr"), new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture))]);
                    writer.WriteStartElement(new InlineString());
                    writer.WriteStartElement(new Text());
                    writer.WriteString(Clean(text.ToString()!));
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                    break;
            }
        }

        writer.WriteEndElement();
    }

    private static void AddStyles(WorkbookPart workbookPart)
    {
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        var inks = Colours.Select(c => c.Text).Distinct().ToList();
        var fonts = new Fonts(new Font(new FontSize { Val = 10 }), new Font(new Bold(), new FontSize { Val = 10 }));
        fonts.Append(inks.Select(ink => new Font(new FontSize { Val = 10 }, new Color { Rgb = Argb(ink) })));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFECEFF1" }) { PatternType = PatternValues.Solid }));
        fills.Append(Colours.Select(c => new Fill(new PatternFill(new ForegroundColor { Rgb = Argb(c.Fill) }) { PatternType = PatternValues.Solid })));
        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true });
        formats.Append(Colours.Select((c, i) => new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
        {
            FontId = (uint)(2 + inks.IndexOf(c.Text)),
            FillId = (uint)(3 + i),
            ApplyFont = true,
            ApplyFill = true,
            ApplyAlignment = true,
        }));
        styles.Stylesheet = new Stylesheet(fonts, fills, new Borders(new Border()), formats);
        styles.Stylesheet.Save();
    }

    private static string Argb(string colour) => "FF" + colour.TrimStart('#').ToUpperInvariant();

    private static string Range(SheetTable table) =>
        $"A1:{Column(table.Headers.Count - 1)}{Math.Max(1, table.Rows.Count + 1)}";

    private static string Column(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>East Asian characters take about two columns.</summary>
    private static double Width(object? value) =>
        value?.ToString() is { } text ? text.Sum(c => c > '\u1100' ? 2.0 : 1.0) : 0;

    /// <summary>XML 1.0 cannot hold most control characters; a cell with one would make the file unreadable.</summary>
    private static string Clean(string text) =>
        text.AsSpan().IndexOfAnyInRange('\0', '\u001f') < 0
            ? text
            : new(text.Where(c => c is '\t' or '\n' or '\r' || c >= ' ').ToArray());
}
