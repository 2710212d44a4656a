using FactoryCps.Diagnostics;
using Json.Schema;

namespace FactoryCps.Advisories.Validation;

/// <summary>
/// JSON schema conformance, and test 6.1.8: each CVSS object against the FIRST schema of its own version.
/// Schema errors inside a CVSS object are left to 6.1.8 so that the same defect is not reported twice.
/// </summary>
internal static class SchemaTests
{
    /// <summary>A broken document can produce thousands of errors; the first ones are enough to fix it.</summary>
    private const int MaxErrors = 50;

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    public static void JsonSchema(CsafTestContext context)
    {
        // The full evaluation is slow and only needed to word errors; the compiled check decides first.
        if (CsafSchema.IsValid(context.Root))
        {
            return;
        }

        var results = CsafSchema.Instance.Evaluate(context.Root, Options);
        if (results.IsValid)
        {
            return;
        }

        var errors = (results.Details ?? [])
            .Where(d => !d.IsValid && d.Errors is { Count: > 0 } && !IsInsideCvss(d.InstanceLocation.ToString()))
            .SelectMany(d => d.Errors!.Select(e => (Path: d.InstanceLocation.ToString(), e.Value)))
            .Distinct()
            .ToList();
        foreach (var (path, message) in errors.Take(MaxErrors))
        {
            context.Report("schema", Severity.Error, path, "CsafSchemaError", message);
        }

        // Runs after 6.1.8: an invalid document must never come out without an error.
        if (errors.Count == 0 && !context.Findings.Any(f => f.TestId == "6.1.8"))
        {
            context.Report("schema", Severity.Error, "", "CsafSchemaError", "");
        }
    }

    public static void InvalidCvss(CsafTestContext context)
    {
        foreach (var (vulnerability, path) in context.Vulnerabilities())
        {
            foreach (var (score, index) in vulnerability.Indexed("scores"))
            {
                foreach (var name in new[] { "cvss_v2", "cvss_v3" })
                {
                    if (score.Get(name) is not { } cvss)
                    {
                        continue;
                    }

                    var cvssPath = $"{path}/scores/{index}/{name}";
                    var version = name == "cvss_v2" ? "2.0" : cvss.Str("version") ?? "";
                    if (!CsafSchema.IsCvssVersion(version) || (name == "cvss_v2") != (version == "2.0"))
                    {
                        context.Report("6.1.8", Severity.Error, $"{cvssPath}/version", "Csaf_6_1_8_Version", version);
                        continue;
                    }

                    if (CsafSchema.IsValidCvss(version, cvss))
                    {
                        continue;
                    }

                    // Building the full schemas costs more than validating hundreds of advisories: only for errors.
                    var results = CsafSchema.Cvss(version)!.Evaluate(cvss, Options);
                    foreach (var detail in (results.Details ?? []).Where(d => !d.IsValid && d.Errors is { Count: > 0 }).Take(MaxErrors))
                    {
                        foreach (var error in detail.Errors!)
                        {
                            context.Report("6.1.8", Severity.Error, cvssPath + detail.InstanceLocation, "Csaf_6_1_8", version, error.Value);
                        }
                    }

                    if (!results.IsValid && results.Details is null or { Count: 0 })
                    {
                        context.Report("6.1.8", Severity.Error, cvssPath, "Csaf_6_1_8", version, "");
                    }
                }
            }
        }
    }

    private static bool IsInsideCvss(string pointer) => pointer.Contains("/cvss_v2", StringComparison.Ordinal) || pointer.Contains("/cvss_v3", StringComparison.Ordinal);
}
