using System.Collections.Frozen;
using FactoryCps.Yaml;

namespace FactoryCps.Matching;

/// <summary>
/// The vendor names FactoryCPS knows (Matching/Data/vendor-names.yaml): for each vendor its spellings, which
/// match as well as the name itself, and its aliases (abbreviations, brands, former names), which match only
/// for review. Keys are <see cref="VendorName.Normalize(string?, IReadOnlyDictionary{string, string}?)"/> keys.
/// </summary>
internal sealed class VendorDirectory
{
    private const string Resource = "FactoryCps.Matching.Data.vendor-names.yaml";

    private static readonly Lazy<VendorDirectory> Default = new(LoadBuiltIn);

    private readonly FrozenDictionary<string, string> _canonical;
    private readonly FrozenSet<string> _aliases;

    public VendorDirectory(IEnumerable<(string Name, IEnumerable<string> Spellings, IEnumerable<string> Aliases)> vendors)
    {
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, spellings, aliasNames) in vendors)
        {
            var key = VendorName.Normalize(name);
            foreach (var spelling in spellings.Select(s => VendorName.Normalize(s)).Append(key))
            {
                canonical[spelling] = key;
            }

            foreach (var alias in aliasNames.Select(a => VendorName.Normalize(a)))
            {
                canonical[alias] = key;
                aliases.Add(alias);
            }
        }

        _canonical = canonical.ToFrozenDictionary(StringComparer.Ordinal);
        _aliases = aliases.ToFrozenSet(StringComparer.Ordinal);
    }

    public static VendorDirectory BuiltIn => Default.Value;

    public static VendorDirectory Empty { get; } = new([]);

    /// <summary>Every known spelling and alias, mapped to the vendor's key (the alias table of <see cref="VendorName"/>).</summary>
    public IReadOnlyDictionary<string, string> Canonical => _canonical;

    /// <summary>The vendor a normalised name belongs to; unknown names are their own vendor.</summary>
    public string CanonicalOf(string key) => _canonical.TryGetValue(key, out var canonical) ? canonical : key;

    /// <summary>True when two normalised names are the same vendor without needing an alias.</summary>
    public bool SameWithoutAlias(string a, string b) =>
        a == b || (!_aliases.Contains(a) && !_aliases.Contains(b) && CanonicalOf(a) == CanonicalOf(b));

    private static VendorDirectory LoadBuiltIn()
    {
        using var stream = typeof(VendorDirectory).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException("The vendor names are not embedded: " + Resource);
        var read = SafeYamlParser.Read(stream, "builtin:vendor-names.yaml", YamlLimits.Default);
        if (!read.Succeeded || read.Root is not YMapping root || root["vendors"] is not YSequence list)
        {
            throw new InvalidOperationException("The built-in vendor names are not a mapping with a 'vendors' list.");
        }

        return new VendorDirectory(list.Items.OfType<YMapping>().Select(v => (
            (v["name"] as YScalar)?.Value ?? throw new InvalidOperationException($"A vendor at line {v.Location.Line} has no name."),
            Scalars(v["spellings"]),
            Scalars(v["aliases"]))));
    }

    private static IEnumerable<string> Scalars(YNode? node) =>
        node is YSequence sequence ? sequence.Items.OfType<YScalar>().Select(s => s.Value) : [];
}
