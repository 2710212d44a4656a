using FactoryCps.Localization;

namespace FactoryCps.Workbooks;

/// <summary>One cell of a notes sheet: its text (none leaves the cell empty) and style.</summary>
internal sealed record NoteCell(string? Text, WorkbookStyle Style = WorkbookStyle.None);

/// <summary>
/// One row of the table: its key, the texts of its <see cref="ColumnKind.Shown"/> columns by column key, and the
/// values pre-filled in its input columns (a choice's code, a text) so a repeat is an update, not a retype.
/// </summary>
internal sealed record WorkbookRow(string Key, IReadOnlyDictionary<string, LocalizedText> Shown)
{
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// A <see cref="WorkbookDefinition"/> filled for one export, and what an upload is checked against: the
/// document title, the identity values by field key (as <see cref="IdentityField.Text(int)"/> and its siblings
/// write them), the rows in order, and the notes sheet's rows in a language.
/// </summary>
internal sealed record WorkbookContent(
    WorkbookDefinition Definition,
    string Title,
    IReadOnlyDictionary<string, string> Identity,
    IReadOnlyList<WorkbookRow> Rows)
{
    public Func<Language, IReadOnlyList<IReadOnlyList<NoteCell>>>? Notes { get; init; }
}
