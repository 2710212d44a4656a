namespace FactoryCps.Yaml;

/// <summary>Bounds for reading untrusted YAML or JSON: size, nesting, and total nodes after alias expansion.</summary>
internal sealed record YamlLimits(long MaxBytes, int MaxDepth, long MaxNodes, int MaxAliases)
{
    /// <summary>Models and catalogue overlays: generous for real plants, far below what hurts a server.</summary>
    public static YamlLimits Default { get; } = new(MaxBytes: 32L * 1024 * 1024, MaxDepth: 64, MaxNodes: 5_000_000, MaxAliases: 10_000);
}
