namespace FactoryCps.Cases;

/// <summary>A case's severities, most severe first: the order every list and count of cases shows them in.</summary>
internal static class CaseSeverities
{
    public static IReadOnlyList<string> All { get; } = ["critical", "high", "medium", "low"];

    /// <summary>The OODA stage of an incident (被害発生段階); a vulnerability's is <c>preventive</c> (予防保全段階).</summary>
    public const string DamageStage = "damage";
}
