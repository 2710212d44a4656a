using System.Globalization;

namespace FactoryCps.Tests.Cvss;

/// <summary>
/// One test file of Red Hat's Python cvss package (shared/data/cvss/redhat-cvss/tests): a line per vector,
/// "VECTOR - EXPECTED", where EXPECTED is "(base, temporal, environmental)" with None for a score the
/// package leaves undefined (v2/v3), or a single score "7.3" / "(7.3,)" (v4).
/// </summary>
internal sealed record RedHatVectorCase(string Vector, IReadOnlyList<double?> Expected, int Line);

internal static class RedHatVectorFile
{
    public static string PathOf(string name) => Path.Combine(TestPaths.Shared, "data", "cvss", "redhat-cvss", "tests", name);

    public static IReadOnlyList<RedHatVectorCase> Read(string name) =>
        File.ReadLines(PathOf(name))
            .Select((line, index) => (line, index))
            .Where(p => p.line.Trim().Length > 0)
            .Select(p => Parse(p.line, p.index + 1))
            .ToList();

    private static RedHatVectorCase Parse(string line, int number)
    {
        var separator = line.IndexOf(" - ", StringComparison.Ordinal);
        if (separator < 0)
        {
            throw new FormatException($"Line {number}: no ' - ' separator: {line}");
        }

        var expected = line[(separator + 3)..].Trim().Trim('(', ')')
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(v => v == "None" ? (double?)null : double.Parse(v, CultureInfo.InvariantCulture))
            .ToList();
        return new RedHatVectorCase(line[..separator].Trim(), expected, number);
    }
}
