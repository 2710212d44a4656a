using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FactoryCps.Workbooks;

/// <summary>
/// Cells as the writer makes them and text as a cell holds it. Every text is written as an inline string, never
/// as a formula, so a value beginning with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> stays text in Excel (no formula
/// injection); what was written compares equal to what is read back.
/// </summary>
internal static class WorkbookCells
{
    /// <summary>XML 1.0 cannot hold most control characters; a cell with one would make the file unreadable.</summary>
    public static string Clean(string text) =>
        text.AsSpan().IndexOfAnyInRange('\0', '\u001f') < 0
            ? text
            : new(text.Where(c => c is '\t' or '\n' or '\r' || c >= ' ').ToArray());

    /// <summary>Spreadsheet programs may save a line break as CR LF; the text is the same.</summary>
    public static string Comparable(string text) => Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>The column letters of a 0-based index: 0 is A, 26 is AA.</summary>
    public static string Column(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>An A1 reference from a 1-based row and column.</summary>
    public static string Reference(int row, int column) => Column(column - 1) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Locked cells stay locked; formatting columns and rows stays allowed so long texts can be read.</summary>
    public static SheetProtection Protection() =>
        new() { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false };

    public static Row Row(int index, params NoteCell[] cells)
    {
        var row = new Row { RowIndex = (uint)index };
        for (var c = 0; c < cells.Length; c++)
        {
            var cell = new Cell { CellReference = Reference(index, c + 1) };
            if (cells[c].Style != WorkbookStyle.None)
            {
                cell.StyleIndex = (uint)cells[c].Style;
            }

            if (!string.IsNullOrEmpty(cells[c].Text))
            {
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(Clean(cells[c].Text!)) { Space = SpaceProcessingModeValues.Preserve });
            }

            row.Append(cell);
        }

        return row;
    }

    public static Column Width(int column, double width) =>
        new() { Min = (uint)column, Max = (uint)column, Width = width, CustomWidth = true };
}
