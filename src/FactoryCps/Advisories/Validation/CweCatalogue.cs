namespace FactoryCps.Advisories.Validation;

/// <summary>
/// MITRE's CWE list (ids and names of the weaknesses), bundled as data; see Advisories/Data/README.md for the
/// version and the terms of use.
/// </summary>
internal static class CweCatalogue
{
    /// <summary>The CWE version of the bundled list, named in findings so that a reader knows what was compared.</summary>
    public const string Version = "4.17";

    private static readonly Lazy<Dictionary<string, string>> Names = new(
        () => EmbeddedTable.Rows("cwe.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The weakness's name for an id such as "CWE-79", or null when the catalogue has no such weakness.</summary>
    public static string? Name(string id) => Names.Value.GetValueOrDefault(id);
}
