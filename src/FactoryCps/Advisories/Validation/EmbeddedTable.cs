namespace FactoryCps.Advisories.Validation;

/// <summary>Reads the tab-separated reference tables embedded from Advisories/Data (lines starting with '#' are comments).</summary>
internal static class EmbeddedTable
{
    private const string Prefix = "FactoryCps.Advisories.Data.";

    public static IEnumerable<string[]> Rows(string fileName)
    {
        using var stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded reference table '{fileName}' is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }
}
