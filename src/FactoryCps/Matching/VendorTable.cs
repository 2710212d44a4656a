namespace FactoryCps.Matching;

/// <summary>A product filed under one vendor key, with its name reduced as that vendor's product.</summary>
internal sealed record Registration(IndexedProduct Product, string VendorKey, VendorRole Role, ProductName Name);

/// <summary>How well a product name matched.</summary>
internal enum NameMatch
{
    Exact,
    ModelNumber,
    Variant,
    Resembles,
}

/// <summary>
/// The products of one vendor (all spellings and aliases together), found by name: exactly, by model number,
/// once qualifiers are set aside, or by resemblance (one name's words contain the other's) for review.
/// </summary>
internal sealed class VendorTable
{
    /// <summary>A word in more of the vendor's product names than this is a brand ("SIMATIC"), not a product.</summary>
    private const int CommonWord = 50;

    /// <summary>An asset name that lacks more words than this of an advisory's names is too vague to resemble it.</summary>
    private const int MaxMissingWords = 2;

    private readonly Dictionary<string, List<Registration>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Registration>> _models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Registration>> _loose = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Registration>> _words = new(StringComparer.Ordinal);

    public void Add(Registration registration)
    {
        Add(_exact, registration.Name.Key, registration);
        Add(_loose, registration.Name.LooseKey, registration);
        foreach (var model in registration.Name.ModelNumbers.Concat(registration.Product.ModelNumbers.Select(ProductName.ModelKey)).Distinct(StringComparer.Ordinal))
        {
            Add(_models, model, registration);
        }

        foreach (var word in registration.Name.LooseTokens)
        {
            Add(_words, word, registration);
        }
    }

    public IEnumerable<(Registration Registration, NameMatch Match)> Find(ProductName target)
    {
        if (_exact.TryGetValue(target.Key, out var exact))
        {
            return exact.Select(r => (r, NameMatch.Exact));
        }

        var models = target.ModelNumbers.Prepend(target.Key).SelectMany(m => _models.TryGetValue(m, out var found) ? found : []).Distinct().ToList();
        if (models.Count > 0)
        {
            return models.Select(r => (r, NameMatch.ModelNumber));
        }

        var loose = (_loose.TryGetValue(target.LooseKey, out var l) ? l : []).Concat(_loose.TryGetValue(target.Key, out var k) ? k : []).Distinct().ToList();
        return loose.Count > 0 ? loose.Select(r => (r, NameMatch.Variant)) : Resembling(target).Select(r => (r, NameMatch.Resembles));
    }

    /// <summary>
    /// Names whose words contain the asset's (the asset says less: at most <see cref="MaxMissingWords"/> words
    /// missing) or are contained in them (the advisory names a family), sharing at least one distinctive word.
    /// </summary>
    private IEnumerable<Registration> Resembling(ProductName target)
    {
        var words = target.LooseTokens.ToHashSet(StringComparer.Ordinal);
        var distinctive = words.Where(w => _words.TryGetValue(w, out var list) && (list.Count <= CommonWord || w.Any(char.IsAsciiDigit))).ToList();
        if (distinctive.Count == 0)
        {
            return [];
        }

        return distinctive.SelectMany(w => _words[w]).Distinct().Where(r =>
        {
            var theirs = r.Name.LooseTokens;
            var shared = theirs.Count(words.Contains);
            var assetLessSpecific = shared == words.Count && theirs.Count - shared <= MaxMissingWords;
            var familyName = shared == theirs.Count && (theirs.Count >= 2 || theirs[0].Length >= 4);
            return assetLessSpecific || familyName;
        });
    }

    private static void Add(Dictionary<string, List<Registration>> map, string key, Registration registration)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(registration);
    }
}
