using System.Globalization;
using System.Text.Json;
using FactoryCps.Cvss;
using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Validation;

/// <summary>CSAF 2.0 mandatory test 6.1.9: the scores and severities written beside a CVSS vector are the ones it computes to.</summary>
internal static class CvssComputationTests
{
    private static readonly (string Property, Func<CvssScores, double?> Computed)[] Scores =
    [
        ("baseScore", s => s.BaseScore),
        ("temporalScore", s => s.TemporalScore),
        ("environmentalScore", s => s.EnvironmentalScore),
    ];

    public static void InvalidComputation(CsafTestContext context)
    {
        foreach (var (vulnerability, path) in context.Vulnerabilities())
        {
            foreach (var (score, index) in vulnerability.Indexed("scores"))
            {
                foreach (var kind in new[] { "cvss_v2", "cvss_v3" })
                {
                    if (score.Get(kind) is { ValueKind: JsonValueKind.Object } cvss
                        && CvssVector.TryParse(cvss.Str("vectorString"), out var vector, out _))
                    {
                        Check(context, cvss, vector.Score(), $"{path}/scores/{index}/{kind}");
                    }
                }
            }
        }
    }

    private static void Check(CsafTestContext context, JsonElement cvss, CvssScores computed, string path)
    {
        foreach (var (property, value) in Scores)
        {
            if (cvss.Get(property) is { ValueKind: JsonValueKind.Number } written && value(computed) is { } expected
                && Math.Abs(written.GetDouble() - expected) > 0.0001)
            {
                context.Report("6.1.9", Severity.Error, $"{path}/{property}", "Csaf_6_1_9", written.GetDouble().ToString(CultureInfo.InvariantCulture), expected.ToString("0.0", CultureInfo.InvariantCulture));
            }
        }

        // v2 has no severity property; v3's names the rating of its base score.
        if (cvss.Str("baseSeverity") is { } severity && !string.Equals(severity, computed.BaseSeverity.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            context.Report("6.1.9", Severity.Error, $"{path}/baseSeverity", "Csaf_6_1_9", severity, computed.BaseSeverity.ToString().ToUpperInvariant());
        }
    }
}
