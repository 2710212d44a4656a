using FactoryCps.Advisories;

namespace FactoryCps.Matching;

/// <summary>
/// Reads one advisory into the products matching needs: each branch leaf with the vendor, product name and
/// version (or range) of its path, each full product name, and each relationship as its component with the
/// other side as platform. Only products some vulnerability gives a status are kept. Product groups are resolved
/// where advisories use them (flags, threats), so a justification reaches every product of its group.
/// </summary>
internal static class AdvisoryProducts
{
    /// <summary>Relationships may refer to relationship products; deeper chains than this are not followed.</summary>
    private const int MaxRelationshipDepth = 4;

    public static (IndexedAdvisory Advisory, IReadOnlyList<IndexedProduct> Products) Read(CsafDocument document, string source)
    {
        var groups = document.ProductTree.ProductGroups
            .GroupBy(g => g.GroupId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(x => x.ProductIds)], StringComparer.Ordinal);
        var advisory = new IndexedAdvisory(
            document.Tracking.Id, document.Tracking.Version, document.Title, source,
            [.. document.Vulnerabilities.Select(v => Vulnerability(v, groups))]);

        var definitions = new Dictionary<string, IndexedProduct>(StringComparer.Ordinal);
        foreach (var branch in document.ProductTree.Branches)
        {
            Walk(branch, advisory, new PathContext(null, null, VersionSpec.Unnamed), definitions);
        }

        foreach (var product in document.ProductTree.FullProductNames)
        {
            definitions.TryAdd(product.ProductId, FromFullName(product, advisory));
        }

        var relationships = document.ProductTree.Relationships
            .GroupBy(r => r.FullProductName.ProductId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        IndexedProduct? Resolve(string id, int depth)
        {
            if (definitions.TryGetValue(id, out var known))
            {
                return known;
            }

            if (depth > MaxRelationshipDepth || !relationships.TryGetValue(id, out var relationship)
                || Resolve(relationship.ProductReference, depth + 1) is not { } component)
            {
                return null;
            }

            var resolved = new IndexedProduct
            {
                Advisory = advisory,
                ProductId = id,
                FullName = relationship.FullProductName.Name,
                VendorText = component.VendorText,
                Vendors = component.Vendors,
                ProductText = component.ProductText,
                Name = component.Name,
                Version = component.Version,
                Cpe = component.Cpe,
                Purl = component.Purl,
                RelationshipCategory = relationship.Category,
                Platform = Resolve(relationship.RelatesToProductReference, depth + 1),
            };
            definitions[id] = resolved;
            return resolved;
        }

        var statuses = new Dictionary<string, Dictionary<string, List<int>>>(StringComparer.Ordinal);
        for (var v = 0; v < document.Vulnerabilities.Count; v++)
        {
            foreach (var (status, ids) in document.Vulnerabilities[v].ProductStatus)
            {
                foreach (var id in ids)
                {
                    var byStatus = statuses.TryGetValue(id, out var known) ? known : statuses[id] = new(StringComparer.Ordinal);
                    (byStatus.TryGetValue(status, out var list) ? list : byStatus[status] = []).Add(v);
                }
            }
        }

        var products = new List<IndexedProduct>();
        foreach (var (id, byStatus) in statuses)
        {
            if (Resolve(id, 0) is { } product)
            {
                product.Statuses = [.. byStatus.Select(s => StatusGroup.Of(advisory, id, s.Key, [.. s.Value.Distinct()]))];
                products.Add(product);
            }
        }

        return (advisory, products);
    }

    private sealed record PathContext(string? Vendor, string? Product, VersionSpec Version);

    private static void Walk(CsafBranch branch, IndexedAdvisory advisory, PathContext context, Dictionary<string, IndexedProduct> definitions)
    {
        var here = branch.Category switch
        {
            "vendor" => context with { Vendor = branch.Name },
            "product_name" => context with { Product = branch.Name },
            "product_family" when context.Product is null => context with { Product = branch.Name },
            "product_version" => context with { Version = VersionSpec.FromVersion(branch.Name) },
            "product_version_range" => context with { Version = VersionSpec.FromRange(branch.Name) },
            _ => context,
        };
        if (branch.Product is { } product)
        {
            var productText = here.Product ?? SplitVersion(product.Name).Name;
            var vendors = AdvisoryVendor.Keys(here.Vendor);
            var cpe = Cpe.Parse(product.Helper?.Cpe);
            var purl = PackageUrl.Parse(product.Helper?.Purl);
            definitions.TryAdd(product.ProductId, new IndexedProduct
            {
                Advisory = advisory,
                ProductId = product.ProductId,
                FullName = product.Name,
                VendorText = here.Vendor,
                Vendors = vendors,
                ProductText = productText,
                Name = ProductName.Parse(productText, [.. vendors.Select(v => v.Key), .. here.Vendor is null ? [] : new[] { here.Vendor }]),
                Version = Identified(here.Version, cpe, purl),
                Cpe = cpe,
                Purl = purl,
                ModelNumbers = product.Helper?.ModelNumbers ?? [],
            });
        }

        foreach (var child in branch.Branches)
        {
            Walk(child, advisory, here, definitions);
        }
    }

    private static IndexedProduct FromFullName(CsafProduct product, IndexedAdvisory advisory)
    {
        var (name, version) = SplitVersion(product.Name);
        var cpe = Cpe.Parse(product.Helper?.Cpe);
        var purl = PackageUrl.Parse(product.Helper?.Purl);
        return new IndexedProduct
        {
            Advisory = advisory,
            ProductId = product.ProductId,
            FullName = product.Name,
            ProductText = name,
            Name = ProductName.Parse(name, []),
            Version = Identified(version is null ? VersionSpec.Unnamed : VersionSpec.FromVersion(version), cpe, purl),
            Cpe = cpe,
            Purl = purl,
            ModelNumbers = product.Helper?.ModelNumbers ?? [],
        };
    }

    /// <summary>A version in the CPE or PURL is more precise than a branch's, which may only say "all versions".</summary>
    private static VersionSpec Identified(VersionSpec branch, Cpe? cpe, PackageUrl? purl) =>
        cpe is not null && cpe.Version is not (Cpe.Any or Cpe.NotApplicable) ? VersionSpec.FromVersion(cpe.Version)
        : purl?.Version is { } version ? VersionSpec.FromVersion(version)
        : branch;

    /// <summary>"CSAF Tools CVRF-CSAF-Converter 1.0.0-alpha" → the name and its trailing version, if it ends in one.</summary>
    private static (string Name, string? Version) SplitVersion(string fullName)
    {
        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = words.Length;
        while (end > 1 && LooksLikeVersion(words[end - 1]))
        {
            end--;
        }

        return end == words.Length ? (fullName.Trim(), null) : (string.Join(' ', words[..end]), string.Join(' ', words[end..]));
    }

    private static bool LooksLikeVersion(string word) =>
        char.IsAsciiDigit(word[0]) || (word.Length > 1 && word[0] is 'v' or 'V' && char.IsAsciiDigit(word[1]));

    private static IndexedVulnerability Vulnerability(CsafVulnerability vulnerability, Dictionary<string, IReadOnlyList<string>> groups)
    {
        IEnumerable<string> Expand(IReadOnlyList<string> ids, IReadOnlyList<string> groupIds) =>
            ids.Concat(groupIds.SelectMany(g => groups.TryGetValue(g, out var members) ? members : []));

        var justifications = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var flag in vulnerability.Flags)
        {
            foreach (var id in Expand(flag.ProductIds, flag.GroupIds))
            {
                justifications.TryAdd(id, flag.Label);
            }
        }

        foreach (var threat in vulnerability.Threats.Where(t => t.Category == "impact"))
        {
            foreach (var id in Expand(threat.ProductIds, threat.GroupIds))
            {
                justifications.TryAdd(id, threat.Details);
            }
        }

        var scores = vulnerability.Scores
            .Select(s => (s.Products, Rating: CvssRating.From(s.VectorString, s.BaseScore, s.BaseSeverity, s.CvssVersion)))
            .Where(s => s.Rating is not null)
            .Select(s => new IndexedScore(s.Products.ToHashSet(StringComparer.Ordinal), s.Rating!))
            .ToList();
        return new IndexedVulnerability(vulnerability.Cve, vulnerability.Title, scores, justifications);
    }
}
