using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using FactoryCps.Localization;

namespace FactoryCps.Workbooks;

/// <summary>
/// The table sheet: the headings frozen in row 1, one row per content row, the key and shown columns locked,
/// the input columns open, a dropdown of localised labels on each choice column and a length rule on each text
/// column.
/// </summary>
internal static class WorkbookTableSheet
{
    public static Worksheet Build(WorkbookContent content, Language language)
    {
        var columns = content.Definition.Columns;
        var data = new SheetData(WorkbookCells.Row(1, [.. columns.Select(c => new NoteCell(c.Heading.Get(language), WorkbookStyle.Heading))]));
        var row = WorkbookLayout.FirstRow;
        foreach (var contentRow in content.Rows)
        {
            data.Append(WorkbookCells.Row(row++, [.. columns.Select(c => Cell(c, contentRow, language))]));
        }

        var last = Math.Max(WorkbookLayout.FirstRow, row - 1);
        var firstInput = columns.Select((c, i) => (Column: c, Index: i)).FirstOrDefault(x => x.Column.IsInput).Index;
        var active = WorkbookCells.Reference(WorkbookLayout.FirstRow, firstInput + 1);
        var sheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = active, SequenceOfReferences = new ListValue<StringValue>([new StringValue(active)]) })
            { WorkbookViewId = 0 }),
            new Columns([.. columns.Select((c, i) => WorkbookCells.Width(i + 1, c.Width))]),
            data,
            WorkbookCells.Protection());
        var validations = columns.Select((c, i) => Validation(c, WorkbookCells.Column(i), language, last)).OfType<DataValidation>().ToList();
        if (validations.Count > 0)
        {
            sheet.Append(new DataValidations(validations) { Count = (uint)validations.Count });
        }

        return sheet;
    }

    private static NoteCell Cell(WorkbookColumn column, WorkbookRow row, Language language)
    {
        var value = row.Values.GetValueOrDefault(column.Key);
        return column.Kind switch
        {
            ColumnKind.RowKey => new(row.Key, WorkbookStyle.Text),
            ColumnKind.Shown => new(row.Shown.GetValueOrDefault(column.Key)?.Get(language), WorkbookStyle.Text),
            ColumnKind.Choice when value is not null => new(
                (column.Choices.FirstOrDefault(c => c.Code == value) ?? throw new ArgumentException($"Row '{row.Key}': '{value}' is not a code of column '{column.Key}'.")).Label.Get(language),
                WorkbookStyle.Input),
            _ => new(value, WorkbookStyle.Input),
        };
    }

    /// <summary>The rules guide the person filling in; the reader does not rely on them (a paste bypasses them).</summary>
    private static DataValidation? Validation(WorkbookColumn column, string letter, Language language, int lastRow)
    {
        var range = new ListValue<StringValue>([new StringValue($"{letter}{WorkbookLayout.FirstRow}:{letter}{lastRow}")]);
        var heading = column.Heading.Get(language);
        if (column.Kind == ColumnKind.Choice)
        {
            var choose = WorkbookText.Get("ValidationChoice", language, string.Join(" / ", column.Choices.Select(c => c.Label.Get(language))));
            return new DataValidation(new Formula1($"\"{column.List(language)}\""))
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowErrorMessage = true,
                ShowInputMessage = true,
                ErrorTitle = heading,
                Error = choose,
                PromptTitle = heading,
                Prompt = choose,
                SequenceOfReferences = range,
            };
        }

        return column.Kind != ColumnKind.Text ? null : new DataValidation(new Formula1(column.MaxLength.ToString(CultureInfo.InvariantCulture)))
        {
            Type = DataValidationValues.TextLength,
            Operator = DataValidationOperatorValues.LessThanOrEqual,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorTitle = WorkbookText.Get("ValidationTextTitle", language, heading),
            Error = WorkbookText.Get("ValidationText", language, column.MaxLength),
            SequenceOfReferences = range,
        };
    }
}
