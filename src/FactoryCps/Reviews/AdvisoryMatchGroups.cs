namespace FactoryCps.Reviews;

/// <summary>The advisories newly matched in a period, one per advisory: its highest CVSS and the assets it names, sorted.</summary>
internal sealed record AdvisoryMatchGroup(string Advisory, string Title, double? Cvss, IReadOnlyList<string> Assets)
{
    /// <summary>The assets named by name on a page or in the report; the rest are counted.</summary>
    public const int NamedAssets = 5;

    public IReadOnlyList<string> Named => [.. Assets.Take(NamedAssets)];

    public int NotNamed => Math.Max(0, Assets.Count - NamedAssets);
}

/// <summary>
/// Groups the matches for people: on a large site one advisory names hundreds of assets, and a year's thousands of
/// matches listed one by one would bury the few advisories a meeting must talk about. The most severe come first.
/// The API keeps every match.
/// </summary>
internal static class AdvisoryMatchGroups
{
    public static IReadOnlyList<AdvisoryMatchGroup> Of(IEnumerable<AdvisoryMatchFact> matches) =>
    [
        .. matches.GroupBy(m => m.Advisory, StringComparer.Ordinal)
            .Select(g => new AdvisoryMatchGroup(g.Key, g.First().Title, g.Max(m => m.Cvss), [.. g.Select(m => m.Asset).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
            .OrderByDescending(g => g.Cvss ?? -1)
            .ThenBy(g => g.Advisory, StringComparer.Ordinal),
    ];
}
