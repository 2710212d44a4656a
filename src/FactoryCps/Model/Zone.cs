namespace FactoryCps.Model;

/// <summary>A zone (Step 1-6); importance and target level are derived unless given.</summary>
internal sealed record Zone : ModelElement
{
    public string? Template { get; init; }

    public int? TargetLevel { get; init; }

    public string? TargetLevelReason { get; init; }
}

/// <summary>Something outside the site that zones connect to: a cloud, a vendor's remote access, another site.</summary>
internal sealed record External : ModelElement
{
    public static IReadOnlyList<string> Kinds { get; } = ["cloud", "vendor-remote", "partner", "internet", "other-site", "other"];

    public required string Kind { get; init; }

    public string? Stakeholder { get; init; }
}
