using FactoryCps.Localization;

namespace FactoryCps.Workbooks;

/// <summary>
/// A kind of workbook that FactoryCPS hands out and takes back filled in, declared once: its format marker, the
/// identity fields that tie a file to one subject and revision, the table sheet (one row per key, its columns
/// shown, chosen from a dropdown or typed) and an optional notes sheet in front of it. A
/// <see cref="WorkbookContent"/> fills the declaration for one export; <see cref="WorkbookWriter"/> and
/// <see cref="WorkbookReader"/> do the rest, so a new kind is a declaration and a mapping, not a new reader.
/// </summary>
internal sealed class WorkbookDefinition
{
    /// <param name="format">The identity sheet's <c>format</c> value, e.g. <c>factorycps-questionnaire-xlsx/1</c>; a layout change gets a new one.</param>
    /// <param name="identity">The fields after the format, in order; checked in that order on import.</param>
    /// <param name="tableSheet">The table sheet's name in both languages.</param>
    /// <param name="columns">The table's columns from A: a <see cref="ColumnKind.RowKey"/> first, then any others.</param>
    /// <param name="notesSheet">The name of a read-only sheet in front of the table (instructions), or null for none.</param>
    /// <param name="messages">The message keys of its import problems; <see cref="WorkbookMessages.Default"/> unless a kind has its own.</param>
    public WorkbookDefinition(
        string format,
        IReadOnlyList<IdentityField> identity,
        LocalizedText tableSheet,
        IReadOnlyList<WorkbookColumn> columns,
        LocalizedText? notesSheet = null,
        WorkbookMessages? messages = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(format);
        if (columns.Count == 0 || columns[0].Kind != ColumnKind.RowKey || columns.Skip(1).Any(c => c.Kind == ColumnKind.RowKey))
        {
            throw new ArgumentException("The first column, and only the first, must be the row key.", nameof(columns));
        }

        var keys = columns.Select(c => c.Key).Concat(identity.Select(f => f.Key));
        if (keys.Distinct(StringComparer.Ordinal).Count() != columns.Count + identity.Count
            || identity.Any(f => f.Key is WorkbookLayout.FormatKey or WorkbookLayout.LanguageKey or WorkbookLayout.FingerprintKey))
        {
            throw new ArgumentException("Column and identity keys must be unique and not the reserved identity keys.", nameof(identity));
        }

        if (columns.FirstOrDefault(c => c.Requires is { } r && !columns.Any(o => o.Key == r && o.Kind == ColumnKind.Choice)) is { } bad)
        {
            throw new ArgumentException($"Column '{bad.Key}' requires '{bad.Requires}', which is not a choice column.", nameof(columns));
        }

        if (columns.FirstOrDefault(c => c.ForChoice is { } code && !columns.Single(o => o.Key == c.Requires).Choices.Any(x => x.Code == code)) is { } orphan)
        {
            throw new ArgumentException($"Column '{orphan.Key}' is for choice '{orphan.ForChoice}', which '{orphan.Requires}' does not offer.", nameof(columns));
        }

        var names = new[] { tableSheet, notesSheet }.OfType<LocalizedText>().SelectMany(t => new[] { t.Ja, t.En });
        if (names.Any(n => n == WorkbookLayout.IdentitySheet) || (notesSheet is not null && (notesSheet.Ja == tableSheet.Ja || notesSheet.En == tableSheet.En)))
        {
            throw new ArgumentException("Sheet names must differ from each other and from the identity sheet.", nameof(tableSheet));
        }

        Format = format;
        Identity = identity;
        TableSheet = tableSheet;
        Columns = columns;
        NotesSheet = notesSheet;
        Messages = messages ?? WorkbookMessages.Default;
    }

    public string Format { get; }

    public IReadOnlyList<IdentityField> Identity { get; }

    public LocalizedText TableSheet { get; }

    public IReadOnlyList<WorkbookColumn> Columns { get; }

    public LocalizedText? NotesSheet { get; }

    public WorkbookMessages Messages { get; }

    /// <summary>The sheets a file in <paramref name="language"/> has, in order: notes, table, identity.</summary>
    public IReadOnlyList<string> SheetNames(Language language) =>
        [.. new[] { NotesSheet?.Get(language), TableSheet.Get(language), WorkbookLayout.IdentitySheet }.OfType<string>()];
}
