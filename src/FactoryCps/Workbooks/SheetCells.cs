using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FactoryCps.Workbooks;

/// <summary>A cell as the reader sees it: its text whatever way it is stored, and its formula if it has one.</summary>
internal sealed record CellContent(string Text, string? Formula)
{
    public bool IsEmpty => Formula is null && string.IsNullOrWhiteSpace(Text);
}

/// <summary>
/// The cells of one worksheet by 1-based row and column. Reads shared strings (what Excel writes), inline
/// strings (what this project writes), numbers, booleans and errors; cells or rows without a reference take
/// the position after the previous one, as the format allows.
/// </summary>
internal sealed class SheetCells
{
    /// <summary>Excel's own bounds; a reference beyond them is clamped rather than overflowing.</summary>
    private const int MaxRow = 1_048_576;
    private const int MaxColumn = 16_384;

    private readonly Dictionary<(int Row, int Column), CellContent> _cells = [];

    public IEnumerable<int> Rows => _cells.Where(c => !c.Value.IsEmpty).Select(c => c.Key.Row).Distinct().Order();

    public CellContent Get(int row, int column) => _cells.GetValueOrDefault((row, column)) ?? new CellContent("", null);

    public static SheetCells Read(WorksheetPart part, IReadOnlyList<string> sharedStrings)
    {
        var cells = new SheetCells();
        var rowIndex = 0;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            rowIndex = row.RowIndex?.Value is { } r ? (int)Math.Min(r, MaxRow) : rowIndex + 1;
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : column + 1;
                cells._cells[(rowIndex, column)] = new CellContent(TextOf(cell, sharedStrings), cell.CellFormula?.Text);
            }
        }

        return cells;
    }

    /// <summary>A shared string's own text, without its phonetic guide (Japanese Excel stores the furigana alongside).</summary>
    public static IReadOnlyList<string> SharedStrings(WorkbookPart workbook) =>
        workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
            .Select(i => i.Text?.Text ?? string.Concat(i.Elements<Run>().Select(r => r.Text?.Text)))
            .ToList() ?? [];

    private static string TextOf(Cell cell, IReadOnlyList<string> sharedStrings)
    {
        var value = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value is not { } type)
        {
            return value;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count
                ? sharedStrings[index]
                : "";
        }

        if (type == CellValues.InlineString)
        {
            var inline = cell.InlineString;
            return inline?.Text?.Text ?? string.Concat(inline?.Elements<Run>().Select(r => r.Text?.Text) ?? []);
        }

        if (type == CellValues.Boolean)
        {
            return value == "1" ? "TRUE" : "FALSE";
        }

        return value;
    }

    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                column = (column * 26) + (c - 'a' + 1);
            }
            else
            {
                break;
            }

            if (column > MaxColumn)
            {
                return MaxColumn;
            }
        }

        return column;
    }
}
