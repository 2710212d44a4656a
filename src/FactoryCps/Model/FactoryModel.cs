namespace FactoryCps.Model;

/// <summary>
/// One site described the way the guideline's Steps 1 and 2 need it (shared/spec/factory-model.md, format 1).
/// </summary>
internal sealed record FactoryModel
{
    public const int FormatVersion = 1;

    public required Site Site { get; init; }

    public IReadOnlyList<Objective> Objectives { get; init; } = [];

    public Bcp Bcp { get; init; } = new();

    public IReadOnlyList<RequirementApplicability> Requirements { get; init; } = [];

    public IReadOnlyList<Stakeholder> Stakeholders { get; init; } = [];

    public IReadOnlyList<Operation> Operations { get; init; } = [];

    public IReadOnlyList<Asset> Assets { get; init; } = [];

    public IReadOnlyList<Zone> Zones { get; init; } = [];

    public IReadOnlyList<External> Externals { get; init; } = [];

    public IReadOnlyList<Conduit> Conduits { get; init; } = [];

    public IReadOnlyList<DataFlow> DataFlows { get; init; } = [];

    public IReadOnlyList<CountermeasureStatus> Countermeasures { get; init; } = [];
}

internal sealed record Site : ModelElement
{
    public string? Organization { get; init; }

    public string? Industry { get; init; }
}

/// <summary>スマート化の目的 (Step 1-1 (1)).</summary>
internal sealed record Objective : ModelElement
{
    public required string Kind { get; init; }

    public DateOnly? Since { get; init; }
}

/// <summary>Business continuity plan status (Step 1-1 (1)); <see cref="Reviewed"/> null means never re-checked.</summary>
internal sealed record Bcp
{
    public DateOnly? Reviewed { get; init; }

    public int? MaxTolerableDowntimeHours { get; init; }
}

internal sealed record RequirementApplicability : ModelElement
{
    public required bool Applies { get; init; }

    public string? Note { get; init; }
}

internal sealed record Stakeholder : ModelElement
{
    public required string Kind { get; init; }

    public string? Contact { get; init; }
}
