namespace FactoryCps.Tests.Catalog;

/// <summary>
/// Reads the tables of the METI extension summary in shared/seed (tab-separated rows, list cells as
/// <c>&lt;ul&gt;</c> with space-separated items), so fidelity tests compare the catalogue with the source
/// itself rather than with a second transcription of it.
/// </summary>
internal sealed class SeedDocument
{
    private const string ListPrefix = "<ul style=\"list-style-type: none\">";

    private readonly string[] _lines;

    private SeedDocument(string[] lines) => _lines = lines;

    public static SeedDocument Load() => new(File.ReadAllLines(TestPaths.SeedFile));

    /// <summary>The rows of the table that follows the line <paramref name="title"/>, header row excluded.</summary>
    public IReadOnlyList<string[]> TableAfter(string title)
    {
        var index = Array.IndexOf(_lines, title);
        Assert.True(index >= 0, $"Seed has no line '{title}'");
        var row = index + 1;
        while (!_lines[row].StartsWith('\t'))
        {
            row++;
        }

        var rows = new List<string[]>();
        for (row++; row < _lines.Length && _lines[row].Contains('\t', StringComparison.Ordinal); row++)
        {
            rows.Add(_lines[row].Split('\t'));
        }

        return rows;
    }

    public static IReadOnlyList<string> ListItems(string cell)
    {
        var text = cell.Trim();
        if (text == "-")
        {
            return [];
        }

        return text.StartsWith(ListPrefix, StringComparison.Ordinal)
            ? text[ListPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [text];
    }
}
