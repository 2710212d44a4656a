namespace FactoryCps.Reports;

/// <summary>A sheet of the workbook: a name, headers, and rows of text or numbers (int).</summary>
internal sealed record SheetTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);
