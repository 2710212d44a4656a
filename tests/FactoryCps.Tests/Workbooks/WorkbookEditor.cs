using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FactoryCps.Tests.Workbooks;

/// <summary>
/// Changes an exported workbook the way a person filling it in (or Excel) would, with the Open XML SDK: typed text goes to
/// the shared string table as Excel stores it, so the reader's Excel path is the one tested.
/// </summary>
internal sealed class WorkbookEditor
{
    private readonly SpreadsheetDocument _document;

    private WorkbookEditor(SpreadsheetDocument document) => _document = document;

    public WorkbookPart Workbook => _document.WorkbookPart!;

    public static byte[] Edit(byte[] file, Action<WorkbookEditor> change)
    {
        using var stream = new MemoryStream();
        stream.Write(file);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            change(new WorkbookEditor(document));
        }

        return stream.ToArray();
    }

    public Sheet SheetEntry(string name) => Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);

    public Worksheet Sheet(string name) => ((WorksheetPart)Workbook.GetPartById(SheetEntry(name).Id!)).Worksheet;

    public WorkbookEditor Type(string sheet, string reference, string text)
    {
        var cell = Cell(sheet, reference);
        cell.InlineString = null;
        cell.CellFormula = null;
        cell.DataType = CellValues.SharedString;
        cell.CellValue = new CellValue(SharedString(new SharedStringItem(new Text(text))).ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public WorkbookEditor TypeItem(string sheet, string reference, SharedStringItem item)
    {
        var cell = Cell(sheet, reference);
        cell.InlineString = null;
        cell.DataType = CellValues.SharedString;
        cell.CellValue = new CellValue(SharedString(item).ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public WorkbookEditor Number(string sheet, string reference, double value)
    {
        var cell = Cell(sheet, reference);
        cell.InlineString = null;
        cell.DataType = null;
        cell.CellValue = new CellValue(value);
        return this;
    }

    public WorkbookEditor Formula(string sheet, string reference, string formula, string cachedText)
    {
        var cell = Cell(sheet, reference);
        cell.InlineString = null;
        cell.DataType = CellValues.String;
        cell.CellFormula = new CellFormula(formula);
        cell.CellValue = new CellValue(cachedText);
        return this;
    }

    /// <summary>Deletes a row as Excel does: the rows below move up.</summary>
    public WorkbookEditor DeleteRow(string sheet, int index)
    {
        var data = Sheet(sheet).GetFirstChild<SheetData>()!;
        data.Elements<Row>().Single(r => r.RowIndex! == (uint)index).Remove();
        foreach (var row in data.Elements<Row>().Where(r => r.RowIndex! > (uint)index))
        {
            Renumber(row, (int)row.RowIndex!.Value - 1);
        }

        return this;
    }

    /// <summary>Copies row <paramref name="from"/> to a new row after the last one.</summary>
    public WorkbookEditor CopyRowToEnd(string sheet, int from)
    {
        var data = Sheet(sheet).GetFirstChild<SheetData>()!;
        var copy = (Row)data.Elements<Row>().Single(r => r.RowIndex! == (uint)from).CloneNode(deep: true);
        Renumber(copy, (int)data.Elements<Row>().Max(r => r.RowIndex!.Value) + 1);
        data.Append(copy);
        return this;
    }

    private static void Renumber(Row row, int index)
    {
        row.RowIndex = (uint)index;
        foreach (var cell in row.Elements<Cell>())
        {
            cell.CellReference = new string([.. cell.CellReference!.Value!.TakeWhile(char.IsLetter)]) + index.ToString(CultureInfo.InvariantCulture);
        }
    }

    private Cell Cell(string sheet, string reference)
    {
        var data = Sheet(sheet).GetFirstChild<SheetData>()!;
        var rowIndex = uint.Parse(new string([.. reference.SkipWhile(char.IsLetter)]), CultureInfo.InvariantCulture);
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == rowIndex);
        if (row is null)
        {
            row = new Row { RowIndex = rowIndex };
            data.Append(row);
        }

        var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (cell is null)
        {
            cell = new Cell { CellReference = reference };
            row.Append(cell);
        }

        return cell;
    }

    private int SharedString(SharedStringItem item)
    {
        var part = Workbook.SharedStringTablePart ?? Workbook.AddNewPart<SharedStringTablePart>();
        part.SharedStringTable ??= new SharedStringTable();
        part.SharedStringTable.Append(item);
        return part.SharedStringTable.Elements<SharedStringItem>().Count() - 1;
    }
}
