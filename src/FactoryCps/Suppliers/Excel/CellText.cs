namespace FactoryCps.Suppliers.Excel;

/// <summary>Text as a cell can hold it, so that what was written compares equal to what is read back.</summary>
internal static class CellText
{
    /// <summary>XML 1.0 cannot hold most control characters; a cell with one would make the file unreadable.</summary>
    public static string Clean(string text) =>
        text.AsSpan().IndexOfAnyInRange('\0', '\u001f') < 0
            ? text
            : new(text.Where(c => c is '\t' or '\n' or '\r' || c >= ' ').ToArray());

    /// <summary>Spreadsheet programs may save a line break as CR LF; the question is the same.</summary>
    public static string Comparable(string text) => Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    public static string Column(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }
}
