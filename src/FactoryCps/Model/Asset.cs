namespace FactoryCps.Model;

/// <summary>保護対象: a protected asset (Steps 1-4, 1-5).</summary>
internal sealed record Asset : ModelElement
{
    public static IReadOnlyList<string> Kinds { get; } =
    [
        "plc", "dcs", "sis", "hmi", "scada", "engineering-workstation", "historian", "mes", "erp", "server", "pc",
        "database", "network-device", "firewall", "wireless-ap", "sensor", "camera", "robot", "agv", "iot-gateway",
        "cloud-service", "saas", "software", "data", "other",
    ];

    /// <summary>Kinds that need not live in a zone of the site.</summary>
    public static IReadOnlyList<string> ZonelessKinds { get; } = ["cloud-service", "saas", "data"];

    public required string Kind { get; init; }

    public string? Zone { get; init; }

    public IReadOnlyList<string> Operations { get; init; } = [];

    public int? Importance { get; init; }

    public string? ImportanceReason { get; init; }

    public bool GeneralPurpose { get; init; }

    public string? Vendor { get; init; }

    public string? Product { get; init; }

    public string? Version { get; init; }

    public string? Cpe { get; init; }

    public string? Purl { get; init; }

    public string? Sbom { get; init; }

    public bool StoresData { get; init; }

    public int? CapacityUsedPercent { get; init; }

    public DateOnly? LicenseExpires { get; init; }

    public DateOnly? SupportEnds { get; init; }

    public string? Stakeholder { get; init; }
}
