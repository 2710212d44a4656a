namespace FactoryCps.Procurement;

/// <summary>
/// The catalogue's supply-chain category of an item (<c>cloud</c>, <c>product</c>, <c>software</c>), by its kind.
/// A table, not code: kinds not listed are products (汎用品 or equipment), as the extension's three tables divide them.
/// </summary>
internal static class ProcurementCategories
{
    public const string Product = "product";

    private static readonly Dictionary<string, string> AssetKinds = new(StringComparer.Ordinal)
    {
        ["cloud-service"] = "cloud",
        ["saas"] = "cloud",
        ["software"] = "software",
    };

    private static readonly Dictionary<string, string> ExternalKinds = new(StringComparer.Ordinal)
    {
        ["cloud"] = "cloud",
    };

    /// <summary>
    /// The countermeasure groups an item of each category must support: physical and operational measures are
    /// the plant's own work, not the supplier's, and would bury the supplier's part of the specification.
    /// </summary>
    private static readonly Dictionary<string, string[]> SupplierGroups = new(StringComparer.Ordinal)
    {
        ["product"] = ["device", "network"],
        ["software"] = ["device", "program-service"],
        ["cloud"] = ["program-service", "network"],
    };

    public static IReadOnlyList<string> GroupsFor(string category) => SupplierGroups.GetValueOrDefault(category, []);

    public static string OfAsset(string kind) => AssetKinds.GetValueOrDefault(kind, Product);

    public static string OfExternal(string kind) => ExternalKinds.GetValueOrDefault(kind, Product);
}
