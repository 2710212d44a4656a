namespace FactoryCps.Web.Suppliers;

/// <summary>A supplier as a form or the API gives it.</summary>
internal sealed record SupplierInput(string? Name, string? Kind, string? Contact, string? Stakeholder);

/// <summary>A supplied item as a form or the API gives it; the id lists name objects of the site's model.</summary>
internal sealed record SuppliedItemInput(
    string? Name,
    string? Category,
    string? Phase,
    DateOnly? ContractStart,
    DateOnly? ContractEnd,
    DateOnly? SupportEnd,
    IReadOnlyList<string>? Zones,
    IReadOnlyList<string>? Assets,
    IReadOnlyList<string>? Externals,
    IReadOnlyList<string>? Conduits)
{
    /// <summary>Ids typed into one field, separated by commas, spaces or line breaks.</summary>
    public static List<string> Ids(string? text) =>
        [.. (text ?? "").Split([',', ' ', '\n', '\r', '\t', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}
