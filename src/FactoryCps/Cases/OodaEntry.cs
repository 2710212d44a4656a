using FactoryCps.Guideline;
using FactoryCps.Localization;

namespace FactoryCps.Cases;

/// <summary>One row of the extension's role tables for early recognition and handling (OODA).</summary>
internal sealed record OodaEntry : CatalogItem
{
    /// <summary><c>preventive</c> (予防保全段階) or <c>damage</c> (被害発生段階).</summary>
    public required string Stage { get; init; }

    /// <summary><c>observe</c>, <c>orient</c>, <c>decide</c> or <c>act</c>.</summary>
    public required string Phase { get; init; }

    public required OodaRole Department { get; init; }

    public required IReadOnlyList<OodaRole> DecisionMakers { get; init; }

    public required IReadOnlyList<LocalizedText> Actions { get; init; }

    /// <summary>The application's site roles that may complete this phase of a case, unless the site assigns others.</summary>
    public IReadOnlyList<string> MovedBy { get; init; } = ["security-lead"];
}

internal sealed record OodaRole(string Role, LocalizedText Text);
