namespace FactoryCps.Yaml;

/// <summary>
/// Bounds for reading untrusted YAML or JSON, checked while reading so that a file built to be expensive is
/// refused after the work a real one would need, not after all of it: size, nesting, aliases, nodes (counting
/// every alias expansion), the width of one list or mapping, the length of keys and values, and the text of all
/// values together.
/// </summary>
internal sealed record YamlLimits(
    long MaxBytes,
    int MaxDepth,
    long MaxNodes,
    int MaxAliases,
    int MaxItems,
    int MaxEntries,
    int MaxKeyChars,
    int MaxScalarChars,
    long MaxScalarCharsTotal)
{
    /// <summary>
    /// Models and catalogue overlays. The numbers come from what a plant needs (docs/analysis.md, "Limits"):
    /// the synthetic scale-6 plant (60,000 assets, 3,000 zones, 12,000 conduits, 30,000 data flows; 9.3 MB) is
    /// 1.26 million nodes and 6.2 million characters of values. The node budget allows a quarter more, so a plant
    /// of about 75,000 assets is the largest accepted, and it stops a file of meaningless nodes at about the cost
    /// of reading that plant (measured: docs/analysis.md).
    /// </summary>
    public static YamlLimits Default { get; } = new(
        // The largest file read (the web's model upload takes 10 MB); the budgets below stop an expensive file well
        // before its end.
        MaxBytes: 32L * 1024 * 1024,
        // A model's deepest value is at depth 5 (the root, assets, an asset, its operations, one of them), the
        // catalogue's at 11 (steps.yaml); 32 leaves room for the user's own x- fields, far from the stack's limit.
        MaxDepth: 32,
        // 1.26 million nodes at scale 6, plus a quarter. Memory is what this bounds: a node of the tree costs about
        // 100 bytes with its text, and a refused file must stay within 300 MB all told.
        MaxNodes: 1_600_000,
        // A model needs none; some users share a block of fields with anchors.
        MaxAliases: 10_000,
        // The longest list of a model is its assets: 60,000 at scale 6; 80,000 accepted, a third more (a plant that
        // long runs into the node budget first unless its elements are smaller than the synthetic plant's).
        MaxItems: 80_000,
        // An element has a few dozen fields at most (shared/spec/factory-model.md; 12 in the synthetic plant);
        // 1,000 leaves room for the user's x- fields and bounds the duplicate-key check.
        MaxEntries: 1_000,
        // Keys are field names (22 characters at most in the synthetic plant) or the user's x- names.
        MaxKeyChars: 256,
        // The longest value a model needs is a description: 100,000 characters are some fifty pages.
        MaxScalarChars: 100_000,
        // 6.2 million characters of values at scale 6 (short ids and names); 16 million leave room for real names
        // and descriptions, and bound what aliases can repeat.
        MaxScalarCharsTotal: 16_000_000);
}
