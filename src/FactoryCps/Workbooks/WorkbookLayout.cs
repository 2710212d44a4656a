namespace FactoryCps.Workbooks;

/// <summary>What every FactoryCPS workbook shares, whatever its kind: shared by the writer, the reader and the docs.</summary>
internal static class WorkbookLayout
{
    /// <summary>The very hidden sheet holding the identity; its name is not translated so any file can be identified.</summary>
    public const string IdentitySheet = "FactoryCPS";

    /// <summary>The identity sheet's fixed keys (one key per row in column A, its value in column B): first, and the last two.</summary>
    public const string FormatKey = "format";

    public const string LanguageKey = "language";

    public const string FingerprintKey = "fingerprint";

    /// <summary>Row 1 of the table holds the headings; row i (0-based) of the content is in row i + 2.</summary>
    public const int FirstRow = 2;

    /// <summary>The notes sheet's two columns: short labels in A, long texts in B where Excel wraps them and fits the row height.</summary>
    public const double NotesLabelWidth = 22;

    public const double NotesTextWidth = 100;
}
