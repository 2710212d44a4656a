using FactoryCps.Localization;

namespace FactoryCps.Workbooks;

/// <summary>
/// Reads the table sheet against the content: the headings, then every row with content matched by key (the
/// order does not matter), its checked texts unchanged, each choice a known label or code and each text within
/// its limit. Formulas are refused everywhere: their cached result may be stale or missing (files saved by tools
/// that do not calculate), and a value should be what the person typed.
/// </summary>
internal static class WorkbookTableCheck
{
    private const int KeyColumn = 1;

    public static IReadOnlyList<WorkbookRowValues> Check(SheetCells cells, WorkbookContent expected, Language language, ImportProblems problems)
    {
        var columns = expected.Definition.Columns;
        var sheet = expected.Definition.TableSheet.Get(language);
        for (var c = 0; c < columns.Count; c++)
        {
            var found = cells.Get(1, c + 1).Text.Trim();
            var heading = columns[c].Heading.Get(language);
            if (found != heading)
            {
                problems.Add(sheet, WorkbookCells.Reference(1, c + 1), WorkbookProblemKind.Header, heading, found);
            }
        }

        var rows = expected.Rows.Select((r, i) => (r, i)).ToDictionary(x => x.r.Key, StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var row in cells.Rows.Where(r => r >= WorkbookLayout.FirstRow))
        {
            if (problems.Full)
            {
                break;
            }

            var formulas = Enumerable.Range(1, columns.Count).Where(c => cells.Get(row, c).Formula is not null).ToList();
            foreach (var c in formulas)
            {
                problems.Add(sheet, WorkbookCells.Reference(row, c), WorkbookProblemKind.Formula, cells.Get(row, c).Formula);
            }

            var key = cells.Get(row, KeyColumn).Text.Trim();
            if (!Matches(key, row, rows, seen, sheet, problems, out var expectedRow))
            {
                continue;
            }

            seen[key] = row;
            for (var c = 0; c < columns.Count; c++)
            {
                if (columns[c].Checked)
                {
                    var wanted = WorkbookCells.Comparable(expectedRow.Shown.GetValueOrDefault(columns[c].Key)?.Get(language) ?? "");
                    if (WorkbookCells.Comparable(cells.Get(row, c + 1).Text).Trim() != wanted.Trim())
                    {
                        problems.Add(sheet, WorkbookCells.Reference(row, c + 1), WorkbookProblemKind.ChangedText, key, wanted);
                    }
                }
            }

            if (formulas.Count == 0)
            {
                values[key] = Inputs(cells, row, key, columns, sheet, problems);
            }
        }

        foreach (var (key, (_, index)) in rows.Where(r => !seen.ContainsKey(r.Key)).OrderBy(r => r.Value.i))
        {
            var row = index + WorkbookLayout.FirstRow;
            problems.Add(sheet, WorkbookCells.Reference(row, KeyColumn), WorkbookProblemKind.MissingKey, key, row);
        }

        return [.. expected.Rows.Select(r => new WorkbookRowValues(r.Key, values.GetValueOrDefault(r.Key) ?? new Dictionary<string, string>()))];
    }

    private static bool Matches(
        string key,
        int row,
        Dictionary<string, (WorkbookRow r, int i)> rows,
        Dictionary<string, int> seen,
        string sheet,
        ImportProblems problems,
        out WorkbookRow expectedRow)
    {
        expectedRow = null!;
        var cell = WorkbookCells.Reference(row, KeyColumn);
        if (key.Length == 0)
        {
            problems.Add(sheet, cell, WorkbookProblemKind.NoKey);
            return false;
        }

        if (!rows.TryGetValue(key, out var found))
        {
            problems.Add(sheet, cell, WorkbookProblemKind.UnknownKey, key);
            return false;
        }

        if (seen.TryGetValue(key, out var first))
        {
            problems.Add(sheet, cell, WorkbookProblemKind.DuplicateKey, key, first);
            return false;
        }

        expectedRow = found.r;
        return true;
    }

    /// <summary>
    /// The row's filled input values by column key. Texts are checked first, then choices: a blank choice with a
    /// text that requires it is refused at the choice's cell, a choice that is no label or code at its own cell.
    /// </summary>
    private static Dictionary<string, string> Inputs(SheetCells cells, int row, string key, IReadOnlyList<WorkbookColumn> columns, string sheet, ImportProblems problems)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var c = 0; c < columns.Count; c++)
        {
            var text = cells.Get(row, c + 1).Text.Trim();
            if (columns[c].Kind == ColumnKind.Text && text.Length > 0)
            {
                values[columns[c].Key] = text;
                if (text.Length > columns[c].MaxLength)
                {
                    problems.Add(sheet, WorkbookCells.Reference(row, c + 1), WorkbookProblemKind.TextTooLong, text.Length, columns[c].MaxLength);
                }
            }
        }

        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var text = cells.Get(row, c + 1).Text.Trim();
            if (column.Kind != ColumnKind.Choice)
            {
                continue;
            }

            if (text.Length == 0)
            {
                if (columns.Any(t => t.Requires == column.Key && values.ContainsKey(t.Key)))
                {
                    problems.Add(sheet, WorkbookCells.Reference(row, c + 1), WorkbookProblemKind.TextWithoutChoice, key, column.Heading);
                }
            }
            else if (WorkbookChoice.Find(column.Choices, text) is { } choice)
            {
                values[column.Key] = choice.Code;
            }
            else
            {
                problems.Add(
                    sheet,
                    WorkbookCells.Reference(row, c + 1),
                    WorkbookProblemKind.InvalidChoice,
                    text,
                    new LocalizedText(string.Join(" / ", column.Choices.Select(x => x.Label.Ja)), string.Join(" / ", column.Choices.Select(x => x.Label.En))),
                    string.Join(", ", column.Choices.Select(x => x.Code)));
            }
        }

        ForChoiceTexts(values, row, key, columns, sheet, problems);
        return values;
    }

    /// <summary>A text that belongs to one choice (a reason for "not applicable"): needed with it, refused with another.</summary>
    private static void ForChoiceTexts(Dictionary<string, string> values, int row, string key, IReadOnlyList<WorkbookColumn> columns, string sheet, ImportProblems problems)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c] is not { ForChoice: { } code, Requires: { } choiceKey } column || !values.TryGetValue(choiceKey, out var chosen))
            {
                continue;
            }

            var label = columns.Single(o => o.Key == choiceKey).Choices.Single(x => x.Code == code).Label;
            var filled = values.ContainsKey(column.Key);
            if (chosen == code && !filled)
            {
                problems.Add(sheet, WorkbookCells.Reference(row, c + 1), WorkbookProblemKind.TextRequired, key, column.Heading, label);
            }
            else if (chosen != code && filled)
            {
                problems.Add(sheet, WorkbookCells.Reference(row, c + 1), WorkbookProblemKind.TextNotForChoice, key, column.Heading, label);
            }
        }
    }
}
