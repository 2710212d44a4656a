using System.Globalization;
using FactoryCps.Cases;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Cases;

/// <summary>Labels for the case vocabulary (stage, phase, severity, resolution, refusal) from WebText by key.</summary>
internal static class CaseText
{
    public static string Stage(string stage) => Get("CaseStage_" + stage, stage);

    public static string Phase(string phase) => Get("CasePhase_" + phase, phase);

    public static string Severity(string severity) => Get("CaseSeverity_" + severity, severity);

    public static string Resolution(string resolution) => Get("CaseResolution_" + resolution.Replace('-', '_'), resolution);

    public static string Refusal(CaseRefusal refusal) => Get("CaseRefused_" + refusal, refusal.ToString());

    public static string SeverityClass(string severity) => severity switch
    {
        "critical" or "high" => "grade-high",
        "medium" => "grade-medium",
        _ => "grade-low",
    };

    private static string Get(string key, string fallback) =>
        WebText.ResourceManager.GetString(key, CultureInfo.CurrentUICulture) ?? fallback;
}
