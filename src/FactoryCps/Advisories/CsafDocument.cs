namespace FactoryCps.Advisories;

/// <summary>
/// What of a CSAF 2.0 advisory later steps need: who published which revision, which products it names and how
/// (branch path, helpers, relationships), and per vulnerability which products are in which status.
/// </summary>
internal sealed record CsafDocument(
    string Category,
    string Title,
    string? Lang,
    CsafPublisher Publisher,
    CsafTracking Tracking,
    CsafProductTree ProductTree,
    IReadOnlyList<CsafVulnerability> Vulnerabilities);

internal sealed record CsafPublisher(string Name, string Category, string Namespace);

internal sealed record CsafTracking(
    string Id,
    string Version,
    string Status,
    DateTimeOffset? InitialReleaseDate,
    DateTimeOffset? CurrentReleaseDate,
    IReadOnlyList<CsafRevision> RevisionHistory);

internal sealed record CsafRevision(string Number, DateTimeOffset? Date, string Summary);

internal sealed record CsafProductTree(
    IReadOnlyList<CsafBranch> Branches,
    IReadOnlyList<CsafProduct> FullProductNames,
    IReadOnlyList<CsafRelationship> Relationships,
    IReadOnlyList<CsafProductGroup> ProductGroups)
{
    public static CsafProductTree Empty { get; } = new([], [], [], []);

    /// <summary>Every product the tree defines (branch leaves, full product names, relationships), in document order.</summary>
    public IEnumerable<CsafProduct> AllProducts() =>
        Branches.SelectMany(b => b.Leaves()).Select(l => l.Product!)
            .Concat(FullProductNames)
            .Concat(Relationships.Select(r => r.FullProductName));
}

/// <summary>One branch: category (vendor, product_name, product_version, product_version_range, …) and name.</summary>
internal sealed record CsafBranch(string Category, string Name, CsafProduct? Product, IReadOnlyList<CsafBranch> Branches)
{
    public IEnumerable<CsafBranch> Leaves() =>
        Product is not null ? [this, .. Branches.SelectMany(b => b.Leaves())] : Branches.SelectMany(b => b.Leaves());
}

internal sealed record CsafProduct(string ProductId, string Name, CsafProductHelper? Helper);

internal sealed record CsafProductHelper(string? Cpe, string? Purl, IReadOnlyList<string> ModelNumbers, IReadOnlyList<string> Skus);

internal sealed record CsafRelationship(string Category, string ProductReference, string RelatesToProductReference, CsafProduct FullProductName);

internal sealed record CsafProductGroup(string GroupId, IReadOnlyList<string> ProductIds);

internal sealed record CsafVulnerability(
    string? Cve,
    string? CweId,
    string? CweName,
    string? Title,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ProductStatus,
    IReadOnlyList<CsafScore> Scores,
    IReadOnlyList<CsafRemediation> Remediations)
{
    public IReadOnlyList<string> Status(string name) => ProductStatus.TryGetValue(name, out var ids) ? ids : [];

    /// <summary>VEX justifications (<c>flags</c>): why products are not affected.</summary>
    public IReadOnlyList<CsafFlag> Flags { get; init; } = [];

    /// <summary><c>threats</c>; those of category <c>impact</c> state why products are not affected in words.</summary>
    public IReadOnlyList<CsafThreat> Threats { get; init; } = [];
}

internal sealed record CsafFlag(string Label, IReadOnlyList<string> ProductIds, IReadOnlyList<string> GroupIds);

internal sealed record CsafThreat(string Category, string Details, IReadOnlyList<string> ProductIds, IReadOnlyList<string> GroupIds);

/// <summary>A score as written: the vector and base score are kept raw; computing them is the CVSS module's job.</summary>
internal sealed record CsafScore(IReadOnlyList<string> Products, string CvssVersion, string VectorString, double BaseScore, string? BaseSeverity, bool IsV3);

internal sealed record CsafRemediation(string Category, string Details, IReadOnlyList<string> ProductIds, IReadOnlyList<string> GroupIds);
