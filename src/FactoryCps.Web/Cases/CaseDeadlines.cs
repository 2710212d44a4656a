namespace FactoryCps.Web.Cases;

/// <summary>
/// How long a case may stay open, by severity (configuration <c>Fcps:Cases:DeadlineDays</c>). The defaults follow
/// common patching policies for OT: a critical vulnerability within a week, a low one within half a year.
/// </summary>
internal sealed class CaseDeadlines
{
    public const string Section = "Fcps:Cases:DeadlineDays";

    public static IReadOnlyList<string> Severities => FactoryCps.Cases.CaseSeverities.All;

    public int Critical { get; set; } = 7;

    public int High { get; set; } = 30;

    public int Medium { get; set; } = 90;

    public int Low { get; set; } = 180;

    public TimeSpan For(string severity) => TimeSpan.FromDays(severity switch
    {
        "critical" => Critical,
        "high" => High,
        "low" => Low,
        _ => Medium,
    });

    /// <summary>The CVSS qualitative rating; an unknown score counts as medium so that the case is not forgotten.</summary>
    public static string SeverityOf(double? cvss) => cvss switch
    {
        >= 9.0 => "critical",
        >= 7.0 => "high",
        >= 4.0 or null => "medium",
        _ => "low",
    };
}
