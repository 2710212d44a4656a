using FactoryCps.Localization;

namespace FactoryCps.Workbooks;

/// <summary>
/// Reads the identity sheet and decides whether the file belongs to the content expected: same format, then
/// each identity field in order (another subject is a foreign file, another revision a stale one). A different
/// fingerprint (the rows changed since the export) is reported but the rows are still checked, so the person
/// sees which rows differ.
/// </summary>
internal static class WorkbookIdentityCheck
{
    /// <summary>The file's language when the identity matches, else null with the reason in <paramref name="problems"/>.</summary>
    public static Language? Check(SheetCells cells, WorkbookContent expected, ImportProblems problems)
    {
        var values = new Dictionary<string, (string Value, string Cell)>(StringComparer.Ordinal);
        foreach (var row in cells.Rows)
        {
            values.TryAdd(cells.Get(row, 1).Text.Trim(), (cells.Get(row, 2).Text.Trim(), WorkbookCells.Reference(row, 2)));
        }

        const string sheet = WorkbookLayout.IdentitySheet;
        (string Value, string? Cell) Value(string key) => values.TryGetValue(key, out var v) ? v : ("", null);

        var definition = expected.Definition;
        var format = Value(WorkbookLayout.FormatKey);
        if (format.Value != definition.Format)
        {
            problems.Add(sheet, format.Cell, WorkbookProblemKind.BadIdentity, definition.Format, format.Value);
            return null;
        }

        foreach (var field in definition.Identity)
        {
            var found = Value(field.Key);
            if (field.Canonical(found.Value) is not { } canonical)
            {
                problems.Add(sheet, found.Cell, WorkbookProblemKind.BadIdentity, field.Description, found.Value);
                return null;
            }

            var wanted = expected.Identity[field.Key];
            if (canonical != wanted)
            {
                var kind = field.Role == IdentityRole.Subject ? WorkbookProblemKind.OtherSubject : WorkbookProblemKind.StaleRevision;
                problems.Add(null, null, kind, canonical, wanted, field.Description);
                return null;
            }
        }

        var language = Value(WorkbookLayout.LanguageKey);
        Language? parsed = language.Value switch { "ja" => Language.Ja, "en" => Language.En, _ => null };
        if (parsed is null)
        {
            problems.Add(sheet, language.Cell, WorkbookProblemKind.BadIdentity, "ja | en", language.Value);
            return null;
        }

        var fingerprint = Value(WorkbookLayout.FingerprintKey);
        var current = WorkbookFingerprint.Of(expected);
        if (fingerprint.Value != current)
        {
            problems.Add(null, null, WorkbookProblemKind.ContentChanged, fingerprint.Value, current);
        }

        return parsed;
    }
}
