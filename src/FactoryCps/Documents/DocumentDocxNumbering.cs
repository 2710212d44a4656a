using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FactoryCps.Documents;

/// <summary>
/// The numbering part: one definition for the numbered section headings, one for bullets, one for numbered
/// lists; each numbered list gets its own instance that restarts at 1, as Word does for a new list.
/// </summary>
internal sealed class DocumentDocxNumbering
{
    public const int Headings = 1;
    public const int Bullets = 2;

    private const int HeadingsDefinition = 10;
    private const int BulletsDefinition = 20;
    private const int NumbersDefinition = 30;

    private int _next = Bullets;
    private readonly List<int> _numbered = [];

    public int NewNumberedList()
    {
        _numbered.Add(++_next);
        return _next;
    }

    public W.Numbering Build()
    {
        var numbering = new W.Numbering(
            Definition(HeadingsDefinition, W.NumberFormatValues.Decimal, "%1.", indent: 0, hanging: 0),
            Definition(BulletsDefinition, W.NumberFormatValues.Bullet, "•", indent: 720, hanging: 360),
            Definition(NumbersDefinition, W.NumberFormatValues.Decimal, "%1.", indent: 720, hanging: 360),
            new W.NumberingInstance(new W.AbstractNumId { Val = HeadingsDefinition }) { NumberID = Headings },
            new W.NumberingInstance(new W.AbstractNumId { Val = BulletsDefinition }) { NumberID = Bullets });
        foreach (var id in _numbered)
        {
            numbering.Append(new W.NumberingInstance(
                new W.AbstractNumId { Val = NumbersDefinition },
                new W.LevelOverride(new W.StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
            { NumberID = id });
        }

        return numbering;
    }

    private static W.AbstractNum Definition(int id, W.NumberFormatValues format, string text, int indent, int hanging)
    {
        var level = new W.Level(
            new W.StartNumberingValue { Val = 1 },
            new W.NumberingFormat { Val = format },
            new W.LevelText { Val = text },
            new W.LevelJustification { Val = W.LevelJustificationValues.Left },
            new W.PreviousParagraphProperties(new W.Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = hanging.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        { LevelIndex = 0 };
        return new W.AbstractNum(new W.MultiLevelType { Val = W.MultiLevelValues.SingleLevel }, level) { AbstractNumberId = id };
    }
}
