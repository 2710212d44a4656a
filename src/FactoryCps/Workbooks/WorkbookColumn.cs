using FactoryCps.Localization;

namespace FactoryCps.Workbooks;

/// <summary>What a table column holds and whether the person filling in the workbook may type in it.</summary>
internal enum ColumnKind
{
    /// <summary>Column A: the row's key (an item or countermeasure id). Locked; rows are matched by it, in any order.</summary>
    RowKey,

    /// <summary>A locked text shown to read (a question, a basis). Checked on import only when <see cref="WorkbookColumn.Checked"/>.</summary>
    Shown,

    /// <summary>An unlocked cell with a dropdown of <see cref="WorkbookColumn.Choices"/>; read back leniently as a choice's code.</summary>
    Choice,

    /// <summary>An unlocked free-text cell of at most <see cref="WorkbookColumn.MaxLength"/> characters.</summary>
    Text,
}

/// <summary>
/// One column of a workbook's table. Made with <see cref="RowKey"/>, <see cref="Shown"/>, <see cref="Choice"/> or
/// <see cref="Text"/>; <paramref name="Key"/> names the column in the rows written and the values read back.
/// </summary>
internal sealed record WorkbookColumn(string Key, LocalizedText Heading, double Width, ColumnKind Kind)
{
    /// <summary>Excel keeps a list typed into a validation rule (not a range) to 255 characters.</summary>
    public const int MaxListLength = 255;

    /// <summary>A <see cref="ColumnKind.Shown"/> column whose text must come back unchanged and is part of the fingerprint.</summary>
    public bool Checked { get; private init; }

    public IReadOnlyList<WorkbookChoice> Choices { get; private init; } = [];

    public int MaxLength { get; private init; }

    /// <summary>A <see cref="ColumnKind.Text"/> column that may only be filled when this choice column is (a comment needs an answer).</summary>
    public string? Requires { get; private init; }

    /// <summary>
    /// A <see cref="ColumnKind.Text"/> column that belongs to one code of its <see cref="Requires"/> column (the
    /// reason for "not applicable"): it must be filled when that code is chosen and stay empty for any other.
    /// </summary>
    public string? ForChoice { get; private init; }

    public bool IsInput => Kind is ColumnKind.Choice or ColumnKind.Text;

    public static WorkbookColumn RowKey(string key, LocalizedText heading, double width) => new(key, heading, width, ColumnKind.RowKey);

    public static WorkbookColumn Shown(string key, LocalizedText heading, double width, bool checkedOnImport = false) =>
        new(key, heading, width, ColumnKind.Shown) { Checked = checkedOnImport };

    /// <summary>A dropdown; the labels of each language joined by commas must fit the list rule and hold no comma or quote.</summary>
    public static WorkbookColumn Choice(string key, LocalizedText heading, double width, IReadOnlyList<WorkbookChoice> choices)
    {
        if (choices.Count == 0
            || choices.Any(c => c.Label.Ja.Contains(',', StringComparison.Ordinal) || c.Label.En.Contains(',', StringComparison.Ordinal) || c.Label.Ja.Contains('"', StringComparison.Ordinal) || c.Label.En.Contains('"', StringComparison.Ordinal))
            || ListLength(choices, Language.Ja) > MaxListLength
            || ListLength(choices, Language.En) > MaxListLength)
        {
            throw new ArgumentException($"Column '{key}': a dropdown needs choices whose labels hold no comma or quote and fit {MaxListLength} characters.", nameof(choices));
        }

        return new(key, heading, width, ColumnKind.Choice) { Choices = choices };
    }

    /// <summary>
    /// A free text; <c>requires</c> names a choice column that must be filled when the text is, and with it
    /// <c>forChoice</c> the one code of that column the text belongs to (see <see cref="ForChoice"/>).
    /// </summary>
    public static WorkbookColumn Text(string key, LocalizedText heading, double width, int maxLength, string? requires = null, string? forChoice = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        if (forChoice is not null && requires is null)
        {
            throw new ArgumentException($"Column '{key}': a text for one choice names the choice column it requires.", nameof(forChoice));
        }

        return new(key, heading, width, ColumnKind.Text) { MaxLength = maxLength, Requires = requires, ForChoice = forChoice };
    }

    /// <summary>The dropdown's list as the validation rule holds it: <c>Yes,Partly,No</c>.</summary>
    public string List(Language language) => string.Join(",", Choices.Select(c => c.Label.Get(language)));

    private static int ListLength(IReadOnlyList<WorkbookChoice> choices, Language language) => choices.Sum(c => c.Label.Get(language).Length + 1) - 1;
}
