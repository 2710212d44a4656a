using FactoryCps.Advisories;

namespace FactoryCps.Matching;

/// <summary>
/// Every product of many advisories, filed for lookup by CPE (part:vendor:product), by PURL (type/namespace/name)
/// and by vendor and product name. Built once; matching then costs a few dictionary lookups per asset. Name
/// lookups are remembered per (vendor, product) pair, because plants have many assets of the same product.
/// Safe for concurrent matching.
/// </summary>
internal sealed class AdvisoryIndex
{
    private readonly Dictionary<string, VendorTable> _vendors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Registration>> _byProduct = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IndexedProduct>> _cpe = new(StringComparer.Ordinal);
    private readonly List<IndexedProduct> _cpeWithWildcards = [];
    private readonly Dictionary<string, List<IndexedProduct>> _purl = new(StringComparer.Ordinal);

    private AdvisoryIndex(IReadOnlyList<IndexedAdvisory> advisories, IReadOnlyList<IndexedProduct> products, VendorDirectory vendors)
    {
        Advisories = advisories;
        Products = products;
        Vendors = vendors;
    }

    public IReadOnlyList<IndexedAdvisory> Advisories { get; }

    public IReadOnlyList<IndexedProduct> Products { get; }

    public VendorDirectory Vendors { get; }

    /// <summary>
    /// Indexes the documents. When several revisions of one advisory are given, only the newest counts (highest
    /// tracking version, then latest release date), as a newer revision replaces the older one.
    /// </summary>
    public static AdvisoryIndex Build(IEnumerable<(CsafDocument Document, string Source)> documents, VendorDirectory? vendors = null)
    {
        var newest = documents
            .GroupBy(d => d.Document.Tracking.Id.Length > 0 ? d.Document.Tracking.Id : d.Source, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderByDescending(d => ProductVersion.Parse(d.Document.Tracking.Version)).ThenByDescending(d => d.Document.Tracking.CurrentReleaseDate).First())
            .OrderBy(d => d.Document.Tracking.Id, StringComparer.Ordinal);
        var read = newest.Select(d => AdvisoryProducts.Read(d.Document, d.Source)).ToList();
        var index = new AdvisoryIndex([.. read.Select(r => r.Advisory)], [.. read.SelectMany(r => r.Products)], vendors ?? VendorDirectory.BuiltIn);
        index.Fill();
        return index;
    }

    public IReadOnlyList<IndexedProduct> FindByCpe(Cpe cpe) =>
        [.. (cpe.ProductKey is { } key && _cpe.TryGetValue(key, out var found) ? found : []).Concat(_cpeWithWildcards)];

    public IReadOnlyList<IndexedProduct> FindByPurl(PackageUrl purl) =>
        _purl.TryGetValue(purl.PackageKey, out var found) ? found : [];

    /// <summary>Products whose vendor and name match; with no vendor, products of any vendor with the same name (for review).</summary>
    public IReadOnlyList<NameCandidate> FindByName(string? vendor, string product)
    {
        vendor ??= "";
        var vendorKey = VendorName.Normalize(vendor);
        var canonical = Vendors.CanonicalOf(vendorKey);
        var name = ProductName.Parse(product, [vendor, vendorKey, canonical]);
        if (name is null)
        {
            return [];
        }

        if (vendorKey.Length == 0)
        {
            var missing = MatchReason.ForReview(MatchConfidence.Low, "MatchVendorMissing");
            return [.. new[] { name.Key, name.LooseKey }.Distinct(StringComparer.Ordinal)
                .SelectMany(k => _byProduct.TryGetValue(k, out var found) ? found : [])
                .DistinctBy(r => r.Product)
                .Select(r => new NameCandidate(r.Product, missing, NameReason(product, r, r.Name.Key == name.Key ? NameMatch.Exact : NameMatch.Variant)))];
        }

        if (!_vendors.TryGetValue(canonical, out var table))
        {
            return [];
        }

        // A product filed under several keys of the vendor counts once, by its best vendor match.
        return [.. table.Find(name)
            .Select(found => new NameCandidate(found.Registration.Product, VendorReason(vendor, vendorKey, found.Registration), NameReason(product, found.Registration, found.Match)))
            .GroupBy(c => c.Product)
            .Select(g => g.OrderBy(c => c.Vendor.Review).ThenByDescending(c => c.Vendor.Cap).First())];
    }

    private MatchReason VendorReason(string vendor, string vendorKey, Registration registration)
    {
        var advisoryVendor = registration.Product.VendorText ?? registration.VendorKey;
        if (registration.Role == VendorRole.Abbreviation || !Vendors.SameWithoutAlias(vendorKey, registration.VendorKey))
        {
            return MatchReason.ForReview(MatchConfidence.Medium, "MatchVendorAlias", vendor, advisoryVendor);
        }

        return registration.Role switch
        {
            VendorRole.Whole => MatchReason.Certain("MatchVendorSame", vendor, advisoryVendor),
            VendorRole.ProductPrefix => MatchReason.Limited(MatchConfidence.Medium, "MatchVendorInProductName", vendor, registration.Product.ProductText, advisoryVendor),
            _ => MatchReason.Limited(MatchConfidence.Medium, "MatchVendorPart", vendor, advisoryVendor),
        };
    }

    private static MatchReason NameReason(string product, Registration registration, NameMatch match)
    {
        var theirs = registration.Product.ProductText ?? registration.Product.FullName;
        return match switch
        {
            NameMatch.Exact => MatchReason.Certain("MatchProductExact", product, theirs),
            NameMatch.ModelNumber => MatchReason.Certain("MatchProductModel", product, theirs),
            NameMatch.Variant => MatchReason.Limited(MatchConfidence.Medium, "MatchProductVariant", product, theirs),
            _ => MatchReason.ForReview(MatchConfidence.Low, "MatchProductFuzzy", product, theirs),
        };
    }

    private void Fill()
    {
        var knownVendors = Products.SelectMany(p => p.Vendors).Where(v => v.Role == VendorRole.Whole).Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var product in Products)
        {
            if (product.Cpe is { } cpe)
            {
                if (cpe.ProductKey is { } key)
                {
                    Add(_cpe, key, product);
                }
                else
                {
                    _cpeWithWildcards.Add(product);
                }
            }

            if (product.Purl is { } purl)
            {
                Add(_purl, purl.PackageKey, product);
            }

            if (product.Name is null)
            {
                continue;
            }

            foreach (var vendor in product.Vendors)
            {
                Register(new Registration(product, vendor.Key, vendor.Role, product.Name));
            }

            if (RepeatedVendor(product, knownVendors) is { } prefix && ProductName.Parse(product.ProductText, [prefix]) is { } withoutPrefix)
            {
                Register(new Registration(product, prefix, VendorRole.ProductPrefix, withoutPrefix));
            }

            var unfiled = new Registration(product, "", VendorRole.Whole, product.Name);
            Add(_byProduct, product.Name.Key, unfiled);
            if (product.Name.LooseKey != product.Name.Key)
            {
                Add(_byProduct, product.Name.LooseKey, unfiled);
            }
        }
    }

    private void Register(Registration registration)
    {
        var canonical = Vendors.CanonicalOf(registration.VendorKey);
        if (!_vendors.TryGetValue(canonical, out var table))
        {
            _vendors[canonical] = table = new VendorTable();
        }

        table.Add(registration);
    }

    /// <summary>Another known vendor's name at the start of the product name ("Rockwell Automation KEPServer Enterprise" under PTC).</summary>
    private static string? RepeatedVendor(IndexedProduct product, HashSet<string> knownVendors)
    {
        var words = (product.ProductText ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = Math.Min(3, words.Length - 1); count >= 1; count--)
        {
            var key = VendorName.Normalize(string.Join(' ', words[..count]));
            if (knownVendors.Contains(key) && !product.Vendors.Any(v => v.Key == key))
            {
                return key;
            }
        }

        return null;
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
