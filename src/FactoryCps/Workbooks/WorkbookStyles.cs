using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FactoryCps.Workbooks;

/// <summary>
/// The few cell formats of a workbook, by their index in the stylesheet. Every format is locked (the default)
/// except <see cref="Input"/>: with sheet protection on, only the input cells can be typed in.
/// <see cref="Input"/> is also formatted as text (built-in format 49, "@"), so what is typed stays what was
/// typed: otherwise Excel and LibreOffice turn a comment "2025-04-01" into the date number 45748 and "1/2"
/// into a date.
/// </summary>
internal enum WorkbookStyle : uint
{
    None = 0,
    Heading = 1,
    Text = 2,
    Input = 3,
    Title = 4,
    Bold = 5,
}

/// <summary>The stylesheet behind <see cref="WorkbookStyle"/>: its cell formats are in the enum's order.</summary>
internal static class WorkbookStyles
{

    /// <summary>The built-in number format "@": cell input is text, never parsed as a number or date.</summary>
    public const uint TextFormat = 49;

    public static void Add(WorkbookPart workbookPart)
    {
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        var wrapTop = () => new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top };
        styles.Stylesheet = new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 11 }),
                new Font(new Bold(), new FontSize { Val = 11 }),
                new Font(new Bold(), new FontSize { Val = 14 })),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDE3EA" }) { PatternType = PatternValues.Solid }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF8DC" }) { PatternType = PatternValues.Solid })),
            new Borders(
                new Border(),
                new Border(
                    new LeftBorder { Style = BorderStyleValues.Thin },
                    new RightBorder { Style = BorderStyleValues.Thin },
                    new TopBorder { Style = BorderStyleValues.Thin },
                    new BottomBorder { Style = BorderStyleValues.Thin },
                    new DiagonalBorder())),
            new CellFormats(
                new CellFormat(),
                new CellFormat(wrapTop()) { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(wrapTop()) { BorderId = 1, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(wrapTop(), new Protection { Locked = false })
                {
                    NumberFormatId = TextFormat,
                    FillId = 3,
                    BorderId = 1,
                    ApplyNumberFormat = true,
                    ApplyFill = true,
                    ApplyBorder = true,
                    ApplyAlignment = true,
                    ApplyProtection = true,
                },
                new CellFormat { FontId = 2, ApplyFont = true },
                new CellFormat(wrapTop()) { FontId = 1, ApplyFont = true, ApplyAlignment = true }));
        styles.Stylesheet.Save();
    }
}
