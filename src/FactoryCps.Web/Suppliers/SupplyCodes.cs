namespace FactoryCps.Web.Suppliers;

/// <summary>The codes a supplier and a supplied item are described with (the catalogue's supply-chain terms).</summary>
internal static class SupplyCodes
{
    public static IReadOnlyList<string> SupplierKinds { get; } = ["cloud-provider", "equipment-maker", "software-vendor", "integrator", "maintenance-contractor"];

    /// <summary>The catalogue's supply-chain categories: cloud services, products (汎用品) and software.</summary>
    public static IReadOnlyList<string> Categories { get; } = ["cloud", "product", "software"];

    /// <summary>The phases the extension's tables ask at: 調達, 契約, 開発, 運用・保守.</summary>
    public static IReadOnlyList<string> Phases { get; } = ["procurement", "contract", "development", "operation"];
}
