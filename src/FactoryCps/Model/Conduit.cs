namespace FactoryCps.Model;

/// <summary>A connection between two zones, or between a zone and an external.</summary>
internal sealed record Conduit : ModelElement
{
    public static IReadOnlyList<string> Directions { get; } = ["both", "forward", "reverse"];

    public static IReadOnlyList<string> ControlKinds { get; } = ["firewall", "data-diode", "vpn", "proxy", "ids", "none"];

    public required string From { get; init; }

    public required string To { get; init; }

    public IReadOnlyList<string> Protocols { get; init; } = [];

    public string Direction { get; init; } = "both";

    public bool? Encrypted { get; init; }

    public bool? Authenticated { get; init; }

    public IReadOnlyList<string> Controls { get; init; } = [];
}

/// <summary>データ活用・連携: data moving between assets, zones and externals, possibly back into control.</summary>
internal sealed record DataFlow : ModelElement
{
    public required string From { get; init; }

    public required string To { get; init; }

    public string? Data { get; init; }

    public bool Feedback { get; init; }

    public bool PersonalOrConfidential { get; init; }
}
