using System.Text.Json;

namespace FactoryCps.Sboms;

/// <summary>
/// The SPDX licence and exception identifiers, taken from the enum of CycloneDX's <c>spdx.schema.json</c>: the
/// schema is embedded anyway for validation, so the list comes for free and matches what the schemas accept.
/// Identifiers are compared without regard to case, as the SPDX specification asks.
/// </summary>
internal static class SpdxLicenseList
{
    private static readonly Lazy<HashSet<string>> Ids = new(Load);

    public static bool IsKnownId(string id) => Ids.Value.Contains(id);

    private static HashSet<string> Load()
    {
        using var document = JsonDocument.Parse(SbomResources.Read("spdx.schema.json"));
        return document.RootElement.GetProperty("enum").EnumerateArray()
            .Select(e => e.GetString()!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
