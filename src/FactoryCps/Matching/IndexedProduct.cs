namespace FactoryCps.Matching;

/// <summary>
/// The vulnerabilities of an advisory that list a product in one status, with what a match of that product reports
/// (CVEs, highest CVSS) computed once when indexing rather than for every asset.
/// </summary>
internal sealed record StatusGroup(string Status, StatusEffect Effect, IReadOnlyList<int> Vulnerabilities, IReadOnlyList<string> Cves, CvssRating? Cvss)
{
    public static StatusGroup Of(IndexedAdvisory advisory, string productId, string status, IReadOnlyList<int> vulnerabilities) =>
        new(status, ProductStatuses.Effect(status), vulnerabilities, CvesOf(advisory, vulnerabilities), HighestCvss(advisory, productId, vulnerabilities));

    public static IReadOnlyList<string> CvesOf(IndexedAdvisory advisory, IEnumerable<int> vulnerabilities) =>
        [.. vulnerabilities.Select(v => advisory.Vulnerabilities[v].Cve).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static CvssRating? HighestCvss(IndexedAdvisory advisory, string productId, IEnumerable<int> vulnerabilities) =>
        vulnerabilities.Select(v => advisory.Vulnerabilities[v].HighestFor(productId)).OfType<CvssRating>().MaxBy(r => r.BaseScore);
}

/// <summary>
/// One product of one advisory, ready for matching: what identifies it (vendor, product name, version or range,
/// CPE, PURL) and in which status each vulnerability lists it. A product defined by a relationship ("X installed
/// on Y") is identified as its component X, with Y kept as <see cref="Platform"/>.
/// </summary>
internal sealed class IndexedProduct
{
    public required IndexedAdvisory Advisory { get; init; }

    public required string ProductId { get; init; }

    /// <summary>The product's full name as the advisory writes it.</summary>
    public required string FullName { get; init; }

    public string? VendorText { get; init; }

    public IReadOnlyList<VendorKey> Vendors { get; init; } = [];

    /// <summary>The product name without vendor or version, as the advisory writes it.</summary>
    public string? ProductText { get; init; }

    public ProductName? Name { get; init; }

    public VersionSpec Version { get; init; } = VersionSpec.Unnamed;

    /// <summary>Model or order numbers the advisory gives (<c>product_identification_helper.model_numbers</c>).</summary>
    public IReadOnlyList<string> ModelNumbers { get; init; } = [];

    public Cpe? Cpe { get; init; }

    public PackageUrl? Purl { get; init; }

    public string? RelationshipCategory { get; init; }

    /// <summary>What the product must be installed on or with (a relationship's other side), if anything.</summary>
    public IndexedProduct? Platform { get; init; }

    public IReadOnlyList<StatusGroup> Statuses { get; set; } = [];
}
