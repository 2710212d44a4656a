namespace FactoryCps.Advisories.Validation;

/// <summary>
/// The IANA Language Subtag Registry, bundled as data (Advisories/Data/language-subtags.tsv; see the README there
/// for its date and licence). Subtags compare without case (RFC 5646 §2.1.1).
/// </summary>
internal sealed class LanguageSubtagRegistry
{
    /// <summary>The registry's File-Date, named in findings.</summary>
    public const string FileDate = "2025-08-25";

    private static readonly Lazy<LanguageSubtagRegistry> Bundled = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, HashSet<string>> _subtags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string From, string To)>> _ranges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _extlangPrefixes = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _grandfathered = new(StringComparer.OrdinalIgnoreCase);

    public static LanguageSubtagRegistry Instance => Bundled.Value;

    /// <summary>True when the registry has a record of this type ("language", "script", …) for the subtag.</summary>
    public bool Has(string type, string subtag)
    {
        if (_subtags.TryGetValue(type, out var set) && set.Contains(subtag))
        {
            return true;
        }

        var lower = subtag.ToLowerInvariant();
        return _ranges.TryGetValue(type, out var ranges) && ranges.Any(r =>
            r.From.Length == lower.Length && string.CompareOrdinal(r.From, lower) <= 0 && string.CompareOrdinal(lower, r.To) <= 0);
    }

    /// <summary>The primary language an extended language subtag must follow, or null when it is not registered.</summary>
    public string? ExtlangPrefix(string extlang) => _extlangPrefixes.GetValueOrDefault(extlang);

    public bool IsGrandfathered(string tag) => _grandfathered.Contains(tag);

    private static LanguageSubtagRegistry Load()
    {
        var registry = new LanguageSubtagRegistry();
        foreach (var row in EmbeddedTable.Rows("language-subtags.tsv"))
        {
            var (type, subtag) = (row[0], row[1]);
            if (type == "grandfathered")
            {
                registry._grandfathered.Add(subtag);
            }
            else if (subtag.Split("..") is [var from, var to])
            {
                Add(registry._ranges, type, (from.ToLowerInvariant(), to.ToLowerInvariant()));
            }
            else
            {
                if (!registry._subtags.TryGetValue(type, out var set))
                {
                    registry._subtags[type] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                set.Add(subtag);
                if (type == "extlang")
                {
                    registry._extlangPrefixes[subtag] = row[2];
                }
            }
        }

        return registry;
    }

    private static void Add(Dictionary<string, List<(string, string)>> ranges, string type, (string, string) range)
    {
        if (!ranges.TryGetValue(type, out var list))
        {
            ranges[type] = list = [];
        }

        list.Add(range);
    }
}
