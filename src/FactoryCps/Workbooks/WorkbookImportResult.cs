namespace FactoryCps.Workbooks;

/// <summary>A row as read back: its key and the values of its filled input columns (a choice's code, a trimmed text) by column key.</summary>
internal sealed record WorkbookRowValues(string Key, IReadOnlyDictionary<string, string> Values)
{
    public string? Get(string column) => Values.GetValueOrDefault(column);
}

/// <summary>
/// The outcome of reading a filled workbook, all or nothing: either no problems and every expected row, in the
/// content's order, with what was filled in (nothing for a row left blank), or the problems and no rows at all.
/// </summary>
internal sealed record WorkbookImportResult(IReadOnlyList<WorkbookRowValues> Rows, IReadOnlyList<WorkbookProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static WorkbookImportResult Failed(IReadOnlyList<WorkbookProblem> problems) => new([], problems);
}
