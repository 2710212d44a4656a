using FactoryCps.Resources;

namespace FactoryCps.Procurement;

/// <summary>
/// A standard requirement clause of a section, asked of some categories of item (empty: all), and only when a
/// requirement is stated for the item (<paramref name="WhenRequirement"/>, e.g. the CRA's reporting duties).
/// </summary>
internal sealed record Clause(string Section, string Key, IReadOnlyList<string> Categories, string? WhenRequirement = null)
{
    public bool AppliesTo(string category, IReadOnlySet<string> requirements) =>
        (Categories.Count == 0 || Categories.Contains(category)) && (WhenRequirement is null || requirements.Contains(WhenRequirement));
}

/// <summary>The standard clauses, as data: which text goes into which section for which category.</summary>
internal static class Clauses
{
    private static readonly string[] All = [];
    private static readonly string[] Delivered = ["product", "software"];
    private static readonly string[] Cloud = ["cloud"];

    public static IReadOnlyList<Clause> Table { get; } =
    [
        new(nameof(ProcurementText.SectionVulnerability), nameof(ProcurementText.VulnContact), All),
        new(nameof(ProcurementText.SectionVulnerability), nameof(ProcurementText.VulnMonitor), All),
        new(nameof(ProcurementText.SectionVulnerability), nameof(ProcurementText.VulnNotify), All),
        new(nameof(ProcurementText.SectionVulnerability), nameof(ProcurementText.VulnAdvisory), Delivered),
        new(nameof(ProcurementText.SectionVulnerability), nameof(ProcurementText.VulnCloud), Cloud),
        new(nameof(ProcurementText.SectionVulnerability), nameof(ProcurementText.VulnCra), All, "eu-cra"),
        new(nameof(ProcurementText.SectionSbom), nameof(ProcurementText.SbomDeliver), Delivered),
        new(nameof(ProcurementText.SectionSbom), nameof(ProcurementText.SbomUpdate), Delivered),
        new(nameof(ProcurementText.SectionSbom), nameof(ProcurementText.SbomCloud), Cloud),
        new(nameof(ProcurementText.SectionSupport), nameof(ProcurementText.SupportUpdates), Delivered),
        new(nameof(ProcurementText.SectionSupport), nameof(ProcurementText.SupportSigned), Delivered),
        new(nameof(ProcurementText.SectionSupport), nameof(ProcurementText.SupportTested), Delivered),
        new(nameof(ProcurementText.SectionSupport), nameof(ProcurementText.SupportEol), All),
        new(nameof(ProcurementText.SectionSupport), nameof(ProcurementText.SupportSla), Cloud),
        new(nameof(ProcurementText.SectionLicences), nameof(ProcurementText.LicenceTerms), All),
        new(nameof(ProcurementText.SectionLicences), nameof(ProcurementText.LicenceExpiry), Delivered),
        new(nameof(ProcurementText.SectionLicences), nameof(ProcurementText.LicenceData), Cloud),
        new(nameof(ProcurementText.SectionIncident), nameof(ProcurementText.IncidentContact), All),
        new(nameof(ProcurementText.SectionIncident), nameof(ProcurementText.IncidentNotify), All),
        new(nameof(ProcurementText.SectionIncident), nameof(ProcurementText.IncidentCooperate), All),
        new(nameof(ProcurementText.SectionIncident), nameof(ProcurementText.IncidentCra), All, "eu-cra"),
        new(nameof(ProcurementText.SectionAcceptance), nameof(ProcurementText.AcceptDefaults), Delivered),
        new(nameof(ProcurementText.SectionAcceptance), nameof(ProcurementText.AcceptMalware), Delivered),
        new(nameof(ProcurementText.SectionAcceptance), nameof(ProcurementText.AcceptVulnScan), Delivered),
        new(nameof(ProcurementText.SectionAcceptance), nameof(ProcurementText.AcceptSbomMatch), Delivered),
        new(nameof(ProcurementText.SectionAcceptance), nameof(ProcurementText.AcceptLogs), All),
        new(nameof(ProcurementText.SectionAcceptance), nameof(ProcurementText.AcceptCloudConfig), Cloud),
        new(nameof(ProcurementText.SectionDocuments), nameof(ProcurementText.DocManual), All),
        new(nameof(ProcurementText.SectionDocuments), nameof(ProcurementText.DocSbom), Delivered),
        new(nameof(ProcurementText.SectionDocuments), nameof(ProcurementText.DocVulnPolicy), All),
        new(nameof(ProcurementText.SectionDocuments), nameof(ProcurementText.DocSupport), All),
        new(nameof(ProcurementText.SectionDocuments), nameof(ProcurementText.DocLicences), All),
        new(nameof(ProcurementText.SectionDocuments), nameof(ProcurementText.DocTests), All),
        new(nameof(ProcurementText.SectionDocuments), nameof(ProcurementText.DocSla), Cloud),
        new(nameof(ProcurementText.SectionDocuments), nameof(ProcurementText.DocIncident), All),
    ];

    public static IEnumerable<string> For(string section, string category, IReadOnlySet<string> requirements) =>
        Table.Where(c => c.Section == section && c.AppliesTo(category, requirements)).Select(c => c.Key);
}
