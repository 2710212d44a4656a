using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace FactoryCps.Matching;

/// <summary>
/// What one <see cref="AdvisoryMatcher.Match"/> call works out once and reuses: plants (synthetic and real) have
/// many assets of the same product and version, so each (vendor, product) lookup, each version string and each
/// (advisory version spec, asset version) verdict is computed once per run rather than once per asset. Lives only
/// for the run, so nothing grows with the index's lifetime. Safe for concurrent use.
/// </summary>
internal sealed class MatchRunCache(AdvisoryIndex index)
{
    private readonly ConcurrentDictionary<(string Vendor, string Product), IReadOnlyList<NameCandidate>> _names = new();
    private readonly ConcurrentDictionary<string, ProductVersion?> _versions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(VersionSpec Spec, ProductVersion? Version), MatchReason?> _verdicts = new(SameInstances.Instance);

    public IReadOnlyList<NameCandidate> FindByName(string? vendor, string product) =>
        _names.GetOrAdd((vendor ?? "", product), static (key, index) => index.FindByName(key.Vendor, key.Product), index);

    /// <summary>The parsed version; one instance per distinct text, so verdicts can be remembered by instance.</summary>
    public ProductVersion? Version(string? text) =>
        text is null ? null : _versions.GetOrAdd(text, ProductVersion.Parse);

    /// <summary>
    /// <see cref="VersionSpec.Check"/> remembered per (spec, version) instance pair. Keyed by instance, not by
    /// version equality, because the reason quotes the version's text ("3.5" and "3.5.0" compare equal).
    /// Reasons are immutable, so matches may share one.
    /// </summary>
    public MatchReason? Check(VersionSpec spec, ProductVersion? version) =>
        _verdicts.GetOrAdd((spec, version), static key => key.Spec.Check(key.Version));

    private sealed class SameInstances : IEqualityComparer<(VersionSpec Spec, ProductVersion? Version)>
    {
        public static readonly SameInstances Instance = new();

        public bool Equals((VersionSpec Spec, ProductVersion? Version) x, (VersionSpec Spec, ProductVersion? Version) y) =>
            ReferenceEquals(x.Spec, y.Spec) && ReferenceEquals(x.Version, y.Version);

        public int GetHashCode((VersionSpec Spec, ProductVersion? Version) pair) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Spec), pair.Version is null ? 0 : RuntimeHelpers.GetHashCode(pair.Version));
    }
}
